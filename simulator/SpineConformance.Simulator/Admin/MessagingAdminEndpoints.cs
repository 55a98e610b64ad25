using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Simulator.Delivery;
using System.Globalization;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Time;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Admin;

/// <summary>The asynchronous side and LR state through the admin API: the outbox (and redelivery), LRs and privacy-officer alerts.</summary>
public static class MessagingAdminEndpoints
{
    public static IEndpointRouteBuilder MapMessagingAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/admin").WithTags("Simulator admin: messaging and LR");
        admin.MapGet("/outbox", async (HttpContext context, IOutbox outbox, AdminCaller caller, TenantRegistry tenants, CancellationToken cancellationToken) =>
            Paged(context, (await outbox.ListAsync(cancellationToken)).Where(m => caller.Owns(m, tenants)), m => m.Id, OutboxViews.From)).WithName("ListOutbox");
        admin.MapPost("/outbox/{id:long}/redeliver", Redeliver).WithName("RedeliverOutboundMessage");
        admin.MapGet("/lr", ListRelationships).WithName("ListLegitimateRelationships");
        admin.MapGet("/lr/{id}", GetRelationship).WithName("GetLegitimateRelationship");
        admin.MapPost("/lr", SeedRelationship).WithName("SeedLegitimateRelationship");
        admin.MapGet("/alerts", async (HttpContext context, IRelationshipStore store, CancellationToken cancellationToken) =>
            Paged(context, await store.AlertsAsync(cancellationToken), a => a.Id, a => a)).WithName("ListPrivacyAlerts");
        return routes;
    }

    private static Results<Ok<IEnumerable<TView>>, BadRequest<ProblemDetailsBody>> Paged<T, TView>(
        HttpContext context, IEnumerable<T> items, Func<T, long> key, Func<T, TView> view)
    {
        var (page, error) = ListPage.Parse(context, numericKey: true);
        return page is null
            ? TypedResults.BadRequest(new ProblemDetailsBody("Invalid page", error))
            : TypedResults.Ok(page.Select(context, items, key).Select(view));
    }

    private static Results<Ok<IEnumerable<TView>>, BadRequest<ProblemDetailsBody>> Paged<T, TView>(
        HttpContext context, IEnumerable<T> items, Func<T, string> key, Func<T, TView> view)
    {
        var (page, error) = ListPage.Parse(context, numericKey: false);
        return page is null
            ? TypedResults.BadRequest(new ProblemDetailsBody("Invalid page", error))
            : TypedResults.Ok(page.Select(context, items, key).Select(view));
    }

    // A number that is not an NHS number holds no LRs: the list is empty, as it always was.
    private static async Task<Results<Ok<IEnumerable<LegitimateRelationship>>, BadRequest<ProblemDetailsBody>>> ListRelationships(
        HttpContext context, IRelationshipStore store, string? nhsNumber, CancellationToken cancellationToken)
    {
        var relationships = nhsNumber is null ? await store.AllAsync(cancellationToken)
            : NhsNumber.Parse(nhsNumber) is { Success: true } patient ? await store.ForPatientAsync(patient.Value, cancellationToken)
            : [];
        return Paged(context, relationships, lr => lr.Id, lr => lr);
    }

    // Sends the same message again (same MessageId and bytes): how a client's duplicate elimination is tested.
    private static async Task<Results<Accepted<OutboxView>, NotFound<ProblemDetailsBody>, ProblemHttpResult>> Redeliver(
        long id, IOutbox outbox, DeliverySignal signal, TimeProvider time, AdminCaller caller, TenantRegistry tenants, CancellationToken cancellationToken)
    {
        var found = await outbox.FindAsync(id, cancellationToken);
        if (!caller.IsOperator && (found is null || !caller.Owns(found, tenants)))
        {
            return caller.NotYours($"Outbound message {id}");
        }

        if (found is not { } original)
        {
            return TypedResults.NotFound(new ProblemDetailsBody("No such outbound message", $"The outbox holds no message {id}."));
        }

        var now = time.GetUtcNow();
        var copy = await outbox.EnqueueAsync(original with
        {
            Id = 0,
            Attempts = 0,
            State = DeliveryState.Pending,
            NextAttemptAt = now,
            ExpiresAt = now + (original.ExpiresAt - original.NextAttemptAt).Duration(),
            LastOutcome = $"redelivery of message {id}",
        }, cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/admin/outbox/{copy.Id}", OutboxViews.From(copy));
    }

    private static async Task<Results<Ok<LegitimateRelationship>, NotFound<ProblemDetailsBody>>> GetRelationship(
        string id, IRelationshipStore store, CancellationToken cancellationToken) =>
        LrId.Parse(id) is { Success: true } lrId && await store.FindAsync(lrId.Value, cancellationToken) is { } lr
            ? TypedResults.Ok(lr)
            : TypedResults.NotFound(new ProblemDetailsBody("No such LR", $"No legitimate relationship {id}."));

    // An LR put straight into the state, as if Spine already held it: every problem with the body is named at once.
    private static async Task<Results<Created<LegitimateRelationship>, BadRequest<ProblemDetailsBody>, Conflict<ProblemDetailsBody>>> SeedRelationship(
        LrSeed seed, IRelationshipStore store, IIdSource ids, TimeProvider time, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var patient = NhsNumber.Parse(seed.NhsNumber);
        if (!patient.Success)
        {
            problems.Add($"nhsNumber: {patient.Error}");
        }

        if ((seed.RoleProfileId is null) == (seed.WorkgroupId is null))
        {
            problems.Add("Give the subject as roleProfileId (with userId) for a user, or workgroupId for a workgroup: one of them.");
        }

        if (!LrVocabulary.LrType.Contains(seed.LrType))
        {
            problems.Add($"lrType '{seed.LrType}' is not an LRType code ({string.Join(", ", LrVocabulary.LrType.Codes.Select(c => c.Code))}).");
        }

        ParseResult<LrId>? id = seed.Id is null ? null : LrId.Parse(seed.Id);
        if (id is { Success: false } refusedId)
        {
            problems.Add($"id: {refusedId.Error}");
        }

        if (!Enum.IsDefined(seed.Status))
        {
            problems.Add($"status must be one of {string.Join(", ", Enum.GetNames<LrStatus>())}.");
        }

        var started = seed.StartedAt ?? time.GetUtcNow();
        if (seed.ExpiresAt is { } expires && expires <= started)
        {
            problems.Add("expiresAt must be after startedAt.");
        }

        if (problems.Count > 0)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid LR", string.Join(" ", problems)));
        }

        var lrId = id?.Value ?? LrId.From(BitConverter.ToUInt64(ids.NextId().ToByteArray(), 0).ToString(CultureInfo.InvariantCulture));
        if (await store.FindAsync(lrId, cancellationToken) is not null)
        {
            return TypedResults.Conflict(new ProblemDetailsBody("LR exists", $"The simulator already holds LR {lrId}."));
        }

        var relationship = await store.AddAsync(new LegitimateRelationship
        {
            Id = lrId.Value,
            NhsNumber = patient.Value.Value,
            Subject = new LrSubject(seed.RoleProfileId, seed.UserId, seed.WorkgroupId),
            LrType = seed.LrType,
            CreatedBy = new LrActor(null, null, null, "admin"),
            StartedAt = started,
            ExpiresAt = seed.ExpiresAt,
            Status = seed.Status,
            StatusSince = started,
        }, cancellationToken);
        return TypedResults.Created($"/admin/lr/{relationship.Id}", relationship);
    }
}
