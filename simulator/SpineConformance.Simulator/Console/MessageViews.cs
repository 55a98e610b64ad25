using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.WebConsole;

/// <summary>
/// A journal entry made readable for the console: both messages laid out, each finding with the lines of the element it
/// names in the request, the correlation ids, and the other entries those ids tie it to.
/// </summary>
public sealed record MessageView(
    JournalSummary Summary,
    string? SoapAction,
    string? RequestContentType,
    MessageCorrelation Correlation,
    MessageText Request,
    MessageText Response,
    IReadOnlyList<LocatedFinding> Findings,
    IReadOnlyList<RelatedEntry> Related);

internal static class MessageViews
{
    public static async Task<Results<Ok<MessageView>, NotFound<ProblemDetailsBody>, ProblemHttpResult>> Get(
        long id, RequestJournal journal, AdminCaller caller, CancellationToken cancellationToken)
    {
        var found = await journal.FindAsync(id, cancellationToken);
        if (!caller.IsOperator && (found is null || !caller.Owns(found)))
        {
            return caller.NotYours($"Journal entry {id}");
        }

        if (found is not { } entry)
        {
            return TypedResults.NotFound(new ProblemDetailsBody("No such journal entry", $"The journal holds no entry {id}; it may have left memory."));
        }

        var request = MessageLayout.Of(entry.RequestBody, entry.RequestContentType);
        var response = MessageLayout.Of(entry.ResponseBody, null);
        var correlation = JournalCorrelation.Of(entry, response);
        return TypedResults.Ok(new MessageView(
            JournalSummary.From(entry),
            entry.SoapAction,
            entry.RequestContentType,
            correlation,
            request.Text,
            response.Text,
            [.. entry.Validation.Findings.Select(finding => FindingLocator.Locate(finding, request))],
            JournalCorrelation.Related(entry, correlation, [.. journal.Snapshot().Where(caller.Owns)])));
    }
}
