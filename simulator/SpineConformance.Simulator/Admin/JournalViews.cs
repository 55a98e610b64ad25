using System.Text;
using SpineConformance.Simulator.Journal;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Admin;

/// <summary>A journal entry in a list: enough to find it.</summary>
public sealed record JournalSummary(
    long Id, DateTimeOffset ReceivedAt, double DurationMs, string Direction, string Path, string? InteractionId, string? NhsNumber,
    string? SenderAsid, string? ConversationId, int StatusCode, string Outcome, int ErrorCount)
{
    public static JournalSummary From(JournalEntry e) => new(
        e.Id, e.ReceivedAt, e.Duration.TotalMilliseconds, e.Direction.ToString(), e.Path, e.InteractionId, e.NhsNumber, e.SenderAsid, e.ConversationId,
        e.StatusCode, e.Outcome, e.Validation.Errors.Count());
}

/// <summary>A journal entry in full: both messages as text and every finding.</summary>
public sealed record JournalDetail(JournalSummary Summary, string? SoapAction, string? WsaMessageId, string Request, string Response, IReadOnlyList<Finding> Findings)
{
    public static JournalDetail From(JournalEntry e) => new(
        JournalSummary.From(e), e.SoapAction, e.WsaMessageId, Encoding.UTF8.GetString(e.RequestBody), Encoding.UTF8.GetString(e.ResponseBody), e.Validation.Findings);
}
