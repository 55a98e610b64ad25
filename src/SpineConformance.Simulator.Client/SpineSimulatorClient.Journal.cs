using System.Collections.Concurrent;
using System.Globalization;

namespace SpineConformance.Simulator.Client;

// The journal: every exchange, its bytes and its findings.
public sealed partial class SpineSimulatorClient
{
    // The stream wakes a waiting caller at once; this bounds a wait when no event comes (a proxy that buffers, say).
    private static readonly TimeSpan RecheckAtLeastEvery = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<long, JournalEntry> entries = new();

    /// <summary>
    /// The highest journal id handed out so far: a mark to remember before an action, so that
    /// <see cref="GetJournalAsync"/> with <c>new JournalFilter(mark)</c> finds what the action caused.
    /// </summary>
    public async Task<long> GetJournalMarkAsync(CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(new Uri("/admin/journal?limit=1", UriKind.Relative), cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return response.Headers.TryGetValues(AdminHeaders.JournalLastId, out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            ? last
            : throw new InvalidOperationException($"The simulator at {BaseAddress} sent no {AdminHeaders.JournalLastId} header: it is older than this client.");
    }

    /// <summary>The summaries of every journal entry <paramref name="filter"/> lets through, newest first (as the admin API lists them).</summary>
    public async Task<IReadOnlyList<JournalSummary>> GetJournalSummariesAsync(JournalFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var found = new List<JournalSummary>();
        for (Uri? next = new($"/admin/journal?{filter.ToQuery(AdminPaging.MaxLimit)}", UriKind.Relative); next is not null;)
        {
            using var response = await http.GetAsync(next, cancellationToken);
            found.AddRange(await ReadAsync<List<JournalSummary>>(response, cancellationToken));
            next = AdminPaging.NextPage(response);
        }

        return found;
    }

    /// <summary>Every journal entry <paramref name="filter"/> lets through, in full (bytes and findings), oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> GetJournalAsync(JournalFilter filter, CancellationToken cancellationToken = default)
    {
        var found = new List<JournalEntry>();
        foreach (var summary in await GetJournalSummariesAsync(filter, cancellationToken))
        {
            found.Add(await GetJournalEntryAsync(summary.Id, cancellationToken));
        }

        return found.OrderBy(e => e.Id).ToList();
    }

    /// <summary>One journal entry in full: the exact bytes each way, the correlation ids and every finding.</summary>
    public async Task<JournalEntry> GetJournalEntryAsync(long id, CancellationToken cancellationToken = default)
    {
        if (entries.TryGetValue(id, out var known))
        {
            return known;
        }

        var detail = await GetJournalDetailAsync(id, cancellationToken);
        var request = await GetBytesAsync(new Uri($"/admin/journal/{id}/request", UriKind.Relative), cancellationToken);
        var response = await GetBytesAsync(new Uri($"/admin/journal/{id}/response", UriKind.Relative), cancellationToken);
        return entries.GetOrAdd(id, detail.ToEntry(request, response));
    }

    /// <summary>One journal entry as the admin API shows it, both messages as text.</summary>
    public Task<JournalDetail> GetJournalDetailAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<JournalDetail>(new Uri($"/admin/journal/{id}", UriKind.Relative), cancellationToken);

    /// <summary>
    /// Waits until the journal holds at least <paramref name="count"/> entries that pass <paramref name="filter"/> and
    /// <paramref name="predicate"/>, and returns them oldest first. Throws <see cref="TimeoutException"/> naming how many
    /// were seen when they do not all come within <paramref name="timeout"/>. The wait wakes on the journal's event
    /// stream rather than polling.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntry>> WaitForJournalAsync(
        JournalFilter filter, Func<JournalEntry, bool>? predicate, int count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(timeout);
        while (true)
        {
            var mark = await GetJournalMarkAsync(cancellationToken);
            var found = (await GetJournalAsync(filter, cancellationToken)).Where(e => predicate?.Invoke(e) ?? true).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            if (!await NewEntryAfterAsync(mark, patience.Token))
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException(
                    $"Waited {timeout.TotalSeconds:0.#} s for {count} journal entr{(count == 1 ? "y" : "ies")} matching {filter}; {found.Count} came.");
            }
        }
    }

    /// <summary>Waits for the first journal entry after <paramref name="filter"/>'s mark that passes it and <paramref name="predicate"/>.</summary>
    public async Task<JournalEntry> WaitForJournalEntryAsync(
        JournalFilter filter, Func<JournalEntry, bool>? predicate, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        (await WaitForJournalAsync(filter, predicate, 1, timeout, cancellationToken))[0];

    private async Task<byte[]> GetBytesAsync(Uri path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    // True when an entry above the mark arrived or it is time to look again anyway; false once the caller's patience ended.
    private async Task<bool> NewEntryAfterAsync(long mark, CancellationToken cancellationToken)
    {
        using var recheck = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        recheck.CancelAfter(RecheckAtLeastEvery);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/journal/stream?after={mark.ToString(CultureInfo.InvariantCulture)}");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, recheck.Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(recheck.Token));
            while (await reader.ReadLineAsync(recheck.Token) is { } line)
            {
                if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return !cancellationToken.IsCancellationRequested;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            return !cancellationToken.IsCancellationRequested;
        }
    }
}
