using System.Text;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Client;

/// <summary>A journal entry in a list: enough to find it.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="ReceivedAt">When the exchange began.</param>
/// <param name="DurationMs">How long it took, in milliseconds.</param>
/// <param name="Direction"><c>Inbound</c> or <c>Outbound</c>.</param>
/// <param name="Path">The URL path.</param>
/// <param name="InteractionId">The HL7 interaction id, when read.</param>
/// <param name="NhsNumber">The NHS number in the payload, when there is one.</param>
/// <param name="SenderAsid">The sending system's ASID.</param>
/// <param name="ConversationId">The ebXML ConversationId, when there is one.</param>
/// <param name="StatusCode">The HTTP status of the answer.</param>
/// <param name="Outcome">What the simulator did, in a few words.</param>
/// <param name="ErrorCount">How many findings are errors.</param>
public sealed record JournalSummary(
    long Id, DateTimeOffset ReceivedAt, double DurationMs, string Direction, string Path, string? InteractionId, string? NhsNumber,
    string? SenderAsid, string? ConversationId, int StatusCode, string Outcome, int ErrorCount)
{
    /// <summary>The tenant whose system sent the request or received the reply, when the simulator has tenants and one owns it.</summary>
    public long? TenantId { get; init; }

    /// <summary>The summary of <paramref name="e"/>.</summary>
    public static JournalSummary From(JournalEntry e) => new(
        e.Id, e.ReceivedAt, e.Duration.TotalMilliseconds, e.Direction.ToString(), e.Path, e.InteractionId, e.NhsNumber, e.SenderAsid, e.ConversationId,
        e.StatusCode, e.Outcome, e.Validation.Errors.Count())
    {
        TenantId = e.TenantId,
    };
}

/// <summary>
/// A journal entry in full: both messages as text (the exact bytes are at <c>/request</c> and <c>/response</c>), the
/// correlation ids and every finding.
/// </summary>
/// <param name="Summary">The entry's summary.</param>
/// <param name="SoapAction">The SOAPAction header.</param>
/// <param name="WsaMessageId">The WS-Addressing MessageID.</param>
/// <param name="Request">The request as UTF-8 text.</param>
/// <param name="Response">The answer as UTF-8 text.</param>
/// <param name="Findings">Every finding on the request.</param>
public sealed record JournalDetail(JournalSummary Summary, string? SoapAction, string? WsaMessageId, string Request, string Response, IReadOnlyList<Finding> Findings)
{
    /// <summary>The request's Content-Type header.</summary>
    public string? RequestContentType { get; init; }

    /// <summary>The ebXML MessageId received (inbound) or sent (outbound).</summary>
    public string? EbxmlMessageId { get; init; }

    /// <summary>The ebXML RefToMessageId, on acknowledgements and replies.</summary>
    public string? RefToMessageId { get; init; }

    /// <summary>For outbound deliveries: which attempt this was (1 for the first).</summary>
    public int? Attempt { get; init; }

    /// <summary>When the messages shown are not the whole bytes (the in-memory journal's budget was spent), what is missing.</summary>
    public string? BodiesNote { get; init; }

    /// <summary>The detail of <paramref name="e"/>.</summary>
    public static JournalDetail From(JournalEntry e) => new(
        JournalSummary.From(e), e.SoapAction, e.WsaMessageId, Encoding.UTF8.GetString(e.RequestBody), Encoding.UTF8.GetString(e.ResponseBody), e.Validation.Findings)
    {
        RequestContentType = e.RequestContentType,
        EbxmlMessageId = e.EbxmlMessageId,
        RefToMessageId = e.RefToMessageId,
        Attempt = e.Attempt,
        BodiesNote = e.BodiesNote,
    };

    /// <summary>The entry this detail shows, with its exact bytes (read from <c>/request</c> and <c>/response</c>).</summary>
    public JournalEntry ToEntry(byte[] requestBody, byte[] responseBody)
    {
        var s = Summary;
        return new JournalEntry(s.Id, s.ReceivedAt, TimeSpan.FromMilliseconds(s.DurationMs), s.Path, SoapAction, s.InteractionId, s.StatusCode,
            requestBody, responseBody, new ValidationReport(Findings))
        {
            NhsNumber = s.NhsNumber,
            SenderAsid = s.SenderAsid,
            WsaMessageId = WsaMessageId,
            RequestContentType = RequestContentType,
            Outcome = s.Outcome,
            Direction = Enum.Parse<ExchangeDirection>(s.Direction),
            ConversationId = s.ConversationId,
            EbxmlMessageId = EbxmlMessageId,
            RefToMessageId = RefToMessageId,
            Attempt = Attempt,
            BodiesNote = BodiesNote,
            TenantId = s.TenantId,
        };
    }
}
