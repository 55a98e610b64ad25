using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Errors;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;
using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Admin;

/// <summary>The simulator's own JSON API: look at the journal, read and seed permission state.</summary>
public static class AdminEndpoints
{
    /// <summary>The response header of <c>GET /admin/journal</c> that gives the highest journal id handed out so far.</summary>
    public const string LastIdHeader = AdminHeaders.JournalLastId;

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/admin").WithTags("Simulator admin");
        admin.MapGet("/journal", ListJournal).WithName("ListJournal");
        admin.MapGet("/journal/{id:long}", GetJournalEntry).WithName("GetJournalEntry");
        admin.MapGet("/journal/{id:long}/request", (long id, HttpContext context, RequestJournal journal, AdminCaller caller) => RawBody(context, journal, caller, id, request: true));
        admin.MapGet("/journal/{id:long}/response", (long id, HttpContext context, RequestJournal journal, AdminCaller caller) => RawBody(context, journal, caller, id, request: false));
        admin.MapGet("/patients", ListPatients).WithName("ListPatients");
        admin.MapGet("/error-responses", (ErrorResponseTable table) => TypedResults.Ok(table.Entries)).WithName("ListErrorResponses");
        admin.MapGet("/patients/{nhsNumber}/permissions", GetPermissions).WithName("GetPermissions");
        admin.MapPut("/patients/{nhsNumber}/permissions", PutPermissions).WithName("PutPermissions");
        admin.MapGet("/patients/{nhsNumber}/permissions/history", GetHistory).WithName("GetPermissionHistory");
        admin.MapPost("/reset", Reset).WithName("Reset")
            .WithSummary("Forget one patient (nhsNumber), one client system (asid) or everything (everything: true); the directory stays. With a tenant's key, only its own.");
        return routes;
    }

    private static Results<Ok<IEnumerable<JournalSummary>>, BadRequest<ProblemDetailsBody>> ListJournal(
        [AsParameters] JournalQueryParameters parameters, HttpContext context, RequestJournal journal, AdminCaller caller)
    {
        var (query, error) = JournalQuery.Parse(parameters);
        if (query is null)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid journal query", error));
        }

        // The mark a client remembers before an action, to ask for what came after it (?after=), whatever this page holds.
        context.Response.Headers[LastIdHeader] = journal.LastId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var held = journal.Snapshot();
        var (page, nextBefore) = query.Select(caller.IsOperator ? held : [.. held.Where(caller.Owns)]);
        if (nextBefore is { } next)
        {
            var rest = context.Request.Query
                .Where(p => p.Key != "before")
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()))
                .Append(KeyValuePair.Create("before", (string?)next.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            context.Response.Headers.Link = $"<{context.Request.Path}{QueryString.Create(rest)}>; rel=\"next\"";
        }

        return TypedResults.Ok(page.Select(JournalSummary.From));
    }

    private static async Task<Results<Ok<ResetSummary>, BadRequest<ProblemDetailsBody>, ProblemHttpResult>> Reset(
        ResetRequest? request, StateReset reset, AdminCaller caller, TenantReset tenantReset, CancellationToken cancellationToken)
    {
        request ??= new ResetRequest(null, null, null);
        var given = new[] { !string.IsNullOrWhiteSpace(request.NhsNumber), !string.IsNullOrWhiteSpace(request.Asid), request.Everything == true }.Count(g => g);
        if (given != 1)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid reset", given == 0
                ? "Say what to reset: {\"nhsNumber\": \"9434765919\"}, {\"asid\": \"200000000101\"} or {\"everything\": true}."
                : "Give exactly one of nhsNumber, asid and everything."));
        }

        if (caller.Tenant is not null)
        {
            return await tenantReset.ResetAsync(caller, request, cancellationToken);
        }

        var scope = request switch
        {
            { NhsNumber: { } nhsNumber } when !string.IsNullOrWhiteSpace(nhsNumber) => ResetScope.Patient(nhsNumber.Trim()),
            { Asid: { } asid } when !string.IsNullOrWhiteSpace(asid) => ResetScope.System(asid.Trim()),
            _ => ResetScope.Everything,
        };
        return TypedResults.Ok(await reset.ResetAsync(scope, cancellationToken));
    }

    private static async Task<Results<Ok<JournalDetail>, NotFound<ProblemDetailsBody>, ProblemHttpResult>> GetJournalEntry(
        long id, RequestJournal journal, AdminCaller caller, CancellationToken cancellationToken) =>
        await journal.FindAsync(id, cancellationToken) is var entry && !caller.IsOperator && (entry is null || !caller.Owns(entry))
            ? caller.NotYours($"Journal entry {id}")
            : entry is not null
            ? TypedResults.Ok(JournalDetail.From(entry))
            : TypedResults.NotFound(new ProblemDetailsBody("No such journal entry", $"The journal holds no entry {id}; it may have left memory."));

    /// <summary>The response header that says a body served here is not the exchange's whole bytes, and why.</summary>
    public const string TruncatedHeader = "X-Journal-Body-Truncated";

    private static async Task<IResult> RawBody(HttpContext context, RequestJournal journal, AdminCaller caller, long id, bool request)
    {
        var found = await journal.FindAsync(id, context.RequestAborted);
        if (!caller.IsOperator && (found is null || !caller.Owns(found)))
        {
            return caller.NotYours($"Journal entry {id}");
        }

        if (found is not { } entry)
        {
            return Results.NotFound();
        }

        if (entry.Bodies != JournalBodies.Complete && entry.BodiesNote is { } note)
        {
            context.Response.Headers[TruncatedHeader] = note;
        }

        return Results.Bytes(request ? entry.RequestBody : entry.ResponseBody, "application/octet-stream", $"{id}-{(request ? "request" : "response")}.xml");
    }

    private static async Task<Results<Ok<IEnumerable<PermissionsBody>>, BadRequest<ProblemDetailsBody>>> ListPatients(
        HttpContext context, IPermissionStore store, CancellationToken cancellationToken)
    {
        var (page, error) = ListPage.Parse(context, numericKey: false);
        return page is null
            ? TypedResults.BadRequest(new ProblemDetailsBody("Invalid page", error))
            : TypedResults.Ok(page.Select(context, await store.ListAsync(cancellationToken), p => p.NhsNumber.Value).Select(PermissionsBody.From));
    }

    private static async Task<Results<Ok<PermissionsBody>, BadRequest<ProblemDetailsBody>>> GetPermissions(
        string nhsNumber, IPermissionStore store, CancellationToken cancellationToken)
    {
        var parsed = NhsNumber.Parse(nhsNumber);
        if (!parsed.Success)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid NHS number", parsed.Error));
        }

        var held = await store.FindAsync(parsed.Value, cancellationToken) ?? PatientPermissions.None(parsed.Value);
        return TypedResults.Ok(PermissionsBody.From(held));
    }

    private static async Task<Results<Ok<PermissionsBody>, BadRequest<ProblemDetailsBody>>> PutPermissions(
        string nhsNumber, PermissionsBody body, IPermissionStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var parsed = NhsNumber.Parse(nhsNumber);
        if (!parsed.Success)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid NHS number", parsed.Error));
        }

        var (view, viewError) = Held(body.View);
        var (storeValue, storeError) = Held(body.Store);
        if ((viewError ?? storeError) is { } error)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid permission", error));
        }

        var permissions = new PatientPermissions(parsed.Value, view, storeValue);
        await store.SaveAsync(permissions, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(PermissionsBody.From(permissions));
    }

    // Oldest first, as the changes were made; a page at a time (after = the last sequence seen).
    private static async Task<Results<Ok<IReadOnlyList<PermissionChange>>, BadRequest<ProblemDetailsBody>>> GetHistory(
        string nhsNumber, HttpContext context, IPermissionStore store, CancellationToken cancellationToken)
    {
        var parsed = NhsNumber.Parse(nhsNumber);
        if (!parsed.Success)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid NHS number", parsed.Error));
        }

        var (page, error) = ListPage.Parse(context, numericKey: true);
        return page is null
            ? TypedResults.BadRequest(new ProblemDetailsBody("Invalid page", error))
            : TypedResults.Ok(page.Select(context, await store.HistoryAsync(parsed.Value, cancellationToken), c => c.Sequence));
    }

    // Spine holds Yes or No; Ask (or nothing) means no decision.
    private static (AcsPermission? Value, string? Error) Held(string? text) => text switch
    {
        null or "" or "Ask" => (null, null),
        "Yes" => (AcsPermission.Yes, null),
        "No" => (AcsPermission.No, null),
        _ => (null, $"'{text}' is not a permission Spine holds; use Yes, No or Ask."),
    };
}
