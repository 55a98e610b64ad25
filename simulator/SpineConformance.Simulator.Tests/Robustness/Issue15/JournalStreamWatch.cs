namespace SpineConformance.Simulator.Tests.Robustness.Issue15;

/// <summary>Waits on a simulator's live journal stream (Server-Sent Events) for an entry, so a test waits on an event, not a clock.</summary>
internal static class JournalStreamWatch
{
    /// <summary>The first entry's JSON (the event's data line) that satisfies <paramref name="match"/>, or a failure after the timeout.</summary>
    public static async Task<string> WaitForAsync(Uri simulator, Func<string, bool> match, TimeSpan timeout, string? apiKey = null)
    {
        using var http = new HttpClient { BaseAddress = simulator, Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/journal/stream?after=0");
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        using var limit = new CancellationTokenSource(timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            response.EnsureSuccessStatusCode();
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(limit.Token));
            while (await reader.ReadLineAsync(limit.Token) is { } line)
            {
                if (line.StartsWith("data:", StringComparison.Ordinal) && match(line[5..]))
                {
                    return line[5..];
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        Assert.Fail($"No journal entry matched within {timeout.TotalSeconds} s.");
        return string.Empty;
    }
}
