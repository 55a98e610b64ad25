using System.Globalization;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// Which journal entries to list: those after a mark (a journal id), and optionally only one patient, interaction,
/// conversation or direction. Every condition that is set must hold.
/// </summary>
/// <param name="After">Only entries with a higher id; 0 for every entry the journal still holds.</param>
public sealed record JournalFilter(long After = 0)
{
    /// <summary>Only exchanges about this NHS number (from the payload). The default value is any.</summary>
    public string? NhsNumber { get; init; }

    /// <summary>Only this interaction id, e.g. <c>REPC_IN010000UK15</c>. The default value is any.</summary>
    public string? InteractionId { get; init; }

    /// <summary>Only this ebXML conversation. The default value is any.</summary>
    public string? ConversationId { get; init; }

    /// <summary>Only this direction. The default value is both.</summary>
    public ExchangeDirection? Direction { get; init; }

    /// <summary>Whether an entry passes every condition.</summary>
    public bool Matches(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Id > After
            && (NhsNumber is null || entry.NhsNumber == NhsNumber)
            && (InteractionId is null || entry.InteractionId == InteractionId)
            && (ConversationId is null || entry.ConversationId == ConversationId)
            && (Direction is null || entry.Direction == Direction);
    }

    /// <summary>The query string of <c>GET /admin/journal</c> for this filter, asking for pages of <paramref name="limit"/>.</summary>
    internal string ToQuery(int limit)
    {
        var query = new List<string> { $"after={After.ToString(CultureInfo.InvariantCulture)}", $"limit={limit.ToString(CultureInfo.InvariantCulture)}" };
        Add(query, "nhsNumber", NhsNumber);
        Add(query, "interaction", InteractionId);
        Add(query, "conversationId", ConversationId);
        Add(query, "direction", Direction?.ToString());
        return string.Join('&', query);
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (value is not null)
        {
            query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
