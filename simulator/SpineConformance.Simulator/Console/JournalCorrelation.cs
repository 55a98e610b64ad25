using SpineConformance.Hl7.Xml;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Journal;

namespace SpineConformance.Simulator.WebConsole;

/// <summary>The ids that tie an exchange to others: WS-Addressing for sync SOAP, ebXML for asynchronous messages.</summary>
/// <param name="RelatesTo">The synchronous response's <c>wsa:RelatesTo</c>: the request's <c>wsa:MessageID</c> it answers.</param>
public sealed record MessageCorrelation(
    string? WsaMessageId, string? RelatesTo, string? EbxmlMessageId, string? ConversationId, string? RefToMessageId, int? Attempt);

/// <summary>Another journal entry tied to this one, and which id ties them.</summary>
public sealed record RelatedEntry(JournalSummary Entry, string Reason);

/// <summary>Finds the entries correlated with one entry among those the journal holds in memory.</summary>
internal static class JournalCorrelation
{
    public static MessageCorrelation Of(JournalEntry entry, MessageLayout response) => new(
        entry.WsaMessageId, RelatesTo(response), entry.EbxmlMessageId, entry.ConversationId, entry.RefToMessageId, entry.Attempt);

    public static IReadOnlyList<RelatedEntry> Related(JournalEntry entry, MessageCorrelation ids, IEnumerable<JournalEntry> others) =>
        others
            .Where(other => other.Id != entry.Id)
            .Select(other => (other, Reason: Reason(ids, other)))
            .Where(pair => pair.Reason is not null)
            .OrderBy(pair => pair.other.Id)
            .Select(pair => new RelatedEntry(JournalSummary.From(pair.other), pair.Reason!))
            .ToList();

    private static string? Reason(MessageCorrelation ids, JournalEntry other)
    {
        if (Same(other.RefToMessageId, ids.EbxmlMessageId))
        {
            return "refers to this message (its RefToMessageId is this MessageId)";
        }

        if (Same(ids.RefToMessageId, other.EbxmlMessageId))
        {
            return "this message refers to it (RefToMessageId)";
        }

        if (Same(other.EbxmlMessageId, ids.EbxmlMessageId))
        {
            return "same ebXML MessageId (a resend or duplicate)";
        }

        if (Same(other.ConversationId, ids.ConversationId))
        {
            return "same ConversationId";
        }

        if (Same(other.WsaMessageId, ids.WsaMessageId) || Same(other.WsaMessageId, ids.RelatesTo))
        {
            return "same wsa:MessageID (the response's RelatesTo)";
        }

        return null;
    }

    private static bool Same(string? left, string? right) =>
        !string.IsNullOrEmpty(left) && string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private static string? RelatesTo(MessageLayout response) =>
        response.XmlParts.Select(part => part.Received.Root?.Element(SpineNamespaces.Soap + "Header")?.Element(SpineNamespaces.Wsa + "RelatesTo")?.Value)
            .FirstOrDefault(value => value is not null);
}
