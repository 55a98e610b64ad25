using System.Net.Http.Json;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Admin;

public sealed class JournalQueryTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 31, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Filters_ByAsidConversationDirectionAndTime_AllMustHold()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        await AddEntriesAsync(host.Journal);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        Assert.That(await Ids(http, "asid=200000000002"), Is.EqualTo(new long[] { 8, 6, 4, 2 }));
        Assert.That(await Ids(http, "conversationId=C3"), Is.EqualTo(new long[] { 6, 3 }));
        Assert.That(await Ids(http, "direction=outbound"), Is.EqualTo(new long[] { 9, 6, 3 }));
        Assert.That(await Ids(http, "since=2026-01-31T09:03:00Z&until=2026-01-31T09:06:00Z"), Is.EqualTo(new long[] { 5, 4, 3 }),
            "since is inclusive, until exclusive");
        Assert.That(await Ids(http, "asid=200000000002&direction=Outbound&since=2026-01-31T09:05:00Z"), Is.EqualTo(new long[] { 6 }));
        Assert.That(await Ids(http, "asid=999999999999"), Is.Empty);
        Assert.That(await Ids(http, "after=6"), Is.EqualTo(new long[] { 9, 8, 7 }), "only what came after a remembered id");
        Assert.That(await Ids(http, "after=6&direction=outbound"), Is.EqualTo(new long[] { 9 }));
    }

    [Test]
    public async Task Paging_FollowsTheNextLink_UntilEveryMatchHasBeenSeenOnce()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        await AddEntriesAsync(host.Journal);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var seen = new List<long>();
        var pages = 0;
        Uri? next = new("/admin/journal?asid=200000000001&limit=2", UriKind.Relative);
        while (next is not null)
        {
            using var response = await http.GetAsync(next);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync<JournalSummary[]>();
            seen.AddRange(page!.Select(s => s.Id));
            pages++;
            next = response.Headers.TryGetValues("Link", out var links)
                ? new Uri(links.Single().Split('<', '>')[1], UriKind.Relative)
                : null;
            Assert.That(pages, Is.LessThanOrEqualTo(3), "paging ends");
        }

        Assert.That(seen, Is.EqualTo(new long[] { 9, 7, 5, 3, 1 }));
        Assert.That(pages, Is.EqualTo(3));
    }

    [TestCase("direction=sideways", "direction 'sideways' is not one of: inbound, outbound.")]
    [TestCase("since=yesterday", "since 'yesterday' is not a date and time")]
    [TestCase("since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z", "is after until")]
    [TestCase("before=-3", "before '-3' is not a journal entry id")]
    [TestCase("after=latest", "after 'latest' is not a journal entry id")]
    [TestCase("limit=0", "limit '0' must be a whole number from 1 to 1000.")]
    [TestCase("limit=5000", "limit '5000' must be a whole number from 1 to 1000.")]
    public async Task BadQuery_Is400_NamingTheParameter(string query, string expected)
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await http.GetAsync(new Uri($"/admin/journal?{query}", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetailsBody>();
        Assert.That(problem!.Title, Is.EqualTo("Invalid journal query"));
        Assert.That(problem.Detail, Does.Contain(expected));
    }

    [Test]
    public void Select_WithoutFilters_IsNewestFirst_AndSaysWhetherMoreRemain()
    {
        var entries = Enumerable.Range(1, 5).Select(i => Entry(i)).ToList();

        var (page, next) = new JournalQuery { Limit = 5 }.Select(entries);
        var (firstTwo, afterTwo) = new JournalQuery { Limit = 2 }.Select(entries);
        var (lastPage, afterLast) = new JournalQuery { Limit = 2, Before = 2 }.Select(entries);

        Assert.That(page.Select(e => e.Id), Is.EqualTo(new long[] { 5, 4, 3, 2, 1 }));
        Assert.That(next, Is.Null, "exactly Limit entries and none left: no next page");
        Assert.That(firstTwo.Select(e => e.Id), Is.EqualTo(new long[] { 5, 4 }));
        Assert.That(afterTwo, Is.EqualTo(4));
        Assert.That(lastPage.Select(e => e.Id), Is.EqualTo(new long[] { 1 }));
        Assert.That(afterLast, Is.Null);
    }

    // Nine entries a minute apart: odd ids from ASID ...01, even from ...02; every third is outbound in conversation C{id}, and 6 continues C3.
    private static async Task AddEntriesAsync(RequestJournal journal)
    {
        for (var i = 1; i <= 9; i++)
        {
            await journal.AddAsync(Entry(journal.NextId()));
        }
    }

    private static JournalEntry Entry(long id) =>
        new(id, Start.AddMinutes(id), TimeSpan.FromMilliseconds(1), "/sync-service", null, "QUPC_IN200000SM04", 200, [], [], ValidationReport.Empty)
        {
            SenderAsid = id % 2 == 1 ? "200000000001" : "200000000002",
            Direction = id % 3 == 0 ? ExchangeDirection.Outbound : ExchangeDirection.Inbound,
            ConversationId = id % 3 == 0 ? (id == 6 ? "C3" : $"C{id}") : null,
        };

    private static async Task<long[]> Ids(HttpClient http, string query) =>
        (await http.GetFromJsonAsync<JournalSummary[]>(new Uri($"/admin/journal?{query}", UriKind.Relative)))!.Select(s => s.Id).ToArray();
}
