namespace SpineConformance.Simulator.Client;

/// <summary>Reads the admin API's paging: the next page of a list is named in a <c>Link</c> header with <c>rel="next"</c>.</summary>
public static class AdminPaging
{
    /// <summary>How many items a page holds when the request names no <c>limit</c>.</summary>
    public const int DefaultLimit = 100;

    /// <summary>The most items the admin API answers in one page.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The next page named by <paramref name="response"/>'s <c>Link</c> header; <see langword="null"/> on the last page.</summary>
    // Link: </admin/journal?…&before=12>; rel="next"
    public static Uri? NextPage(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var links))
        {
            return null;
        }

        foreach (var link in links.SelectMany(l => l.Split(',')))
        {
            var parts = link.Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length > 1 && parts[0].StartsWith('<') && parts[0].EndsWith('>') && parts.Skip(1).Contains("rel=\"next\"", StringComparer.Ordinal))
            {
                return new Uri(parts[0][1..^1], UriKind.RelativeOrAbsolute);
            }
        }

        return null;
    }
}
