using System.Globalization;

namespace SpineConformance.Simulator.Admin;

/// <summary>
/// Paging for the admin API's lists, like the journal's: at most <c>limit</c> items (default 100, at most 1000) after the
/// key given as <c>after</c>, in key order; when more follow, a <c>Link: &lt;…&amp;after=KEY&gt;; rel="next"</c> header
/// names the next page. A list endpoint never answers with everything it holds in one response.
/// </summary>
internal sealed record ListPage(int Limit, string? After)
{
    /// <summary>
    /// Reads <c>limit</c> and <c>after</c>, or says which is wrong; with <paramref name="numericKey"/> the list's keys are
    /// ids, so <c>after</c> must be a whole number (a word there would otherwise be ignored and the first page answered).
    /// </summary>
    public static (ListPage? Page, string? Error) Parse(HttpContext context, bool numericKey)
    {
        var limit = JournalQuery.DefaultLimit;
        if (context.Request.Query["limit"].FirstOrDefault() is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > JournalQuery.MaxLimit))
        {
            return (null, $"limit '{text}' must be a whole number from 1 to {JournalQuery.MaxLimit}.");
        }

        var after = context.Request.Query["after"].FirstOrDefault();
        if (numericKey && after is not null && !long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return (null, $"after '{after}' is not an id from this list (a whole number from 0).");
        }

        return (new ListPage(limit, after), null);
    }

    /// <summary>This page of <paramref name="items"/> by a numeric key; sets the Link header when more follow.</summary>
    public IReadOnlyList<T> Select<T>(HttpContext context, IEnumerable<T> items, Func<T, long> key)
    {
        var after = long.TryParse(After, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var from) ? from : long.MinValue;
        return Take(context, items.Where(i => key(i) > after).OrderBy(key), i => key(i).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>This page of <paramref name="items"/> by a text key (ordinal order); sets the Link header when more follow.</summary>
    public IReadOnlyList<T> Select<T>(HttpContext context, IEnumerable<T> items, Func<T, string> key) =>
        Take(context, items.Where(i => After is null || string.CompareOrdinal(key(i), After) > 0).OrderBy(key, StringComparer.Ordinal), key);

    private List<T> Take<T>(HttpContext context, IEnumerable<T> ordered, Func<T, string> cursor)
    {
        var page = ordered.Take(Limit + 1).ToList();
        if (page.Count > Limit)
        {
            page.RemoveAt(Limit);
            var rest = context.Request.Query
                .Where(p => p.Key != "after")
                .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()))
                .Append(KeyValuePair.Create("after", (string?)cursor(page[^1])));
            context.Response.Headers.Link = $"<{context.Request.Path}{QueryString.Create(rest)}>; rel=\"next\"";
        }

        return page;
    }
}
