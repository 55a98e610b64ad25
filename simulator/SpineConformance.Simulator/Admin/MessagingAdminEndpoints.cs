using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Admin;

/// <summary>The asynchronous side and LR state through the admin API: the outbox (and redelivery), LRs and privacy-officer alerts.</summary>
public static class MessagingAdminEndpoints
{
    public static IEndpointRouteBuilder MapMessagingAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/admin").WithTags("Simulator admin: messaging and LR");
        admin.MapGet("/outbox", async (HttpContext context, IOutbox outbox, CancellationToken cancellationToken) =>
            Paged(context, await outbox.ListAsync(cancellationToken), m => m.Id, OutboxViews.From)).WithName("ListOutbox");
        admin.MapPost("/outbox/{id:long}/redeliver", Redeliver).WithName("RedeliverOutboundMessage");
        admin.MapGet("/lr", ListRelationships).WithName("ListLegitimateRelationships");
        admin.MapGet("/lr/{id}", GetRelationship).WithName("GetLegitimateRelationship");
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
    private static async Task<Results<Accepted<OutboxView>, NotFound<ProblemDetailsBody>>> Redeliver(
        long id, IOutbox outbox, DeliverySignal signal, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await outbox.FindAsync(id, cancellationToken) is not { } original)
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
}
