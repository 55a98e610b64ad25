using System.Globalization;

namespace SpineConformance.Simulator.Admin;

/// <summary>
/// What <c>GET /admin/journal</c> was asked for: filters that must all hold, and a page (newest first,
/// at most <see cref="Limit"/> entries with an id below <see cref="Before"/>, and above <see cref="After"/> when given).
/// </summary>
public sealed record JournalQuery
{
    public const int DefaultLimit = AdminPaging.DefaultLimit;
    public const int MaxLimit = AdminPaging.MaxLimit;

    public string? NhsNumber { get; init; }

    public string? Interaction { get; init; }

    public string? Asid { get; init; }

    public string? ConversationId { get; init; }

    public ExchangeDirection? Direction { get; init; }

    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    public long? Before { get; init; }

    /// <summary>Only entries with a higher id: what happened since a mark a client remembered.</summary>
    public long? After { get; init; }

    public int Limit { get; init; } = DefaultLimit;

    /// <summary>Reads the query string; the error names the parameter and what it accepts.</summary>
    public static (JournalQuery? Query, string? Error) Parse(JournalQueryParameters sent)
    {
        string? Text(string name) => name switch
        {
            "direction" => sent.Direction,
            "since" => sent.Since,
            "until" => sent.Until,
            "before" => sent.Before,
            "after" => sent.After,
            _ => sent.Limit,
        } is { Length: > 0 } value ? value : null;

        var parsed = new JournalQuery
        {
            NhsNumber = Blank(sent.NhsNumber),
            Interaction = Blank(sent.Interaction),
            Asid = Blank(sent.Asid),
            ConversationId = Blank(sent.ConversationId),
        };

        if (Text("direction") is { } direction)
        {
            if (!Enum.TryParse<ExchangeDirection>(direction, ignoreCase: true, out var value) || !Enum.IsDefined(value))
            {
                return (null, $"direction '{direction}' is not one of: inbound, outbound.");
            }

            parsed = parsed with { Direction = value };
        }

        foreach (var name in new[] { "since", "until" })
        {
            if (Text(name) is not { } text)
            {
                continue;
            }

            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return (null, $"{name} '{text}' is not a date and time; use ISO 8601, e.g. 2026-01-31T09:00:00Z.");
            }

            parsed = name == "since" ? parsed with { Since = at } : parsed with { Until = at };
        }

        if (parsed.Since > parsed.Until)
        {
            return (null, $"since ({parsed.Since:O}) is after until ({parsed.Until:O}); no entry could match.");
        }

        if (Text("before") is { } before)
        {
            if (!long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id < 1)
            {
                return (null, $"before '{before}' is not a journal entry id (a whole number from 1).");
            }

            parsed = parsed with { Before = id };
        }

        if (Text("after") is { } after)
        {
            if (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return (null, $"after '{after}' is not a journal entry id (a whole number from 0).");
            }

            parsed = parsed with { After = id };
        }

        if (Text("limit") is { } limit)
        {
            if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MaxLimit)
            {
                return (null, $"limit '{limit}' must be a whole number from 1 to {MaxLimit}.");
            }

            parsed = parsed with { Limit = count };
        }

        return (parsed, null);
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Whether an entry passes every filter (the page bounds aside).</summary>
    public bool Matches(JournalEntry e) =>
        (NhsNumber is null || e.NhsNumber == NhsNumber)
        && (Interaction is null || e.InteractionId == Interaction)
        && (Asid is null || e.SenderAsid == Asid)
        && (ConversationId is null || e.ConversationId == ConversationId)
        && (Direction is null || e.Direction == Direction)
        && (Since is null || e.ReceivedAt >= Since)
        && (Until is null || e.ReceivedAt < Until);

    /// <summary>
    /// One page, newest first, from entries held oldest first. <c>NextBefore</c> is the id to pass as
    /// <c>before</c> for the following page, or null when this page is the last.
    /// </summary>
    public (IReadOnlyList<JournalEntry> Page, long? NextBefore) Select(IReadOnlyList<JournalEntry> oldestFirst)
    {
        var page = new List<JournalEntry>(Math.Min(Limit, oldestFirst.Count));
        for (var i = oldestFirst.Count - 1; i >= 0; i--)
        {
            var entry = oldestFirst[i];
            if ((Before is { } before && entry.Id >= before) || (After is { } after && entry.Id <= after) || !Matches(entry))
            {
                continue;
            }

            if (page.Count == Limit)
            {
                return (page, page[^1].Id);
            }

            page.Add(entry);
        }

        return (page, null);
    }
}

/// <summary>
/// The query string of <c>GET /admin/journal</c> as sent, before <see cref="JournalQuery.Parse"/> checks it.
/// Times are ISO 8601 (<c>since</c> inclusive, <c>until</c> exclusive); <c>before</c> is an entry id for paging, <c>after</c>
/// an entry id a client remembered (only newer entries).
/// </summary>
public sealed record JournalQueryParameters(
    string? NhsNumber, string? Interaction, string? Asid, string? ConversationId, string? Direction, string? Since, string? Until, string? Before, string? Limit,
    string? After);
