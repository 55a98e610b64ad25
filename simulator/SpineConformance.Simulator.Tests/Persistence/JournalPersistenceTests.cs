using System.Text.Json;
using SpineConformance.Hl7.Acs;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Testing;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Persistence;

public sealed class JournalPersistenceTests
{
    private static readonly byte[] NoBytes = [];
    // The entries made here carry fixed dates long past, which the default retention (7 days) would prune at the restart.
    private static readonly Dictionary<string, string?> SmallJournal = new()
    {
        ["Simulator:JournalCapacity"] = "10",
        ["Simulator:Retention:MaxAge"] = "36500.00:00:00",
    };

    [Test]
    public async Task Restart_OnTheSameDataFile_ReloadsTheNewestEntries_AndFindsOlderOnesWithExactBytesAndFindings()
    {
        using var file = new DataFile();
        JournalEntry exchanged;
        JournalEntry withFindings;
        long lastBefore;
        await using (var first = await file.StartHostAsync(SmallJournal))
        {
            using var client = new SimulatorClient(first.BaseAddress);
            await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);
            exchanged = first.Journal.Snapshot().Single();
            withFindings = WithFindings(first.Journal.NextId());
            await first.Journal.AddAsync(withFindings);
            for (var i = 0; i < 12; i++)
            {
                await first.Journal.AddAsync(Plain(first.Journal.NextId(), i));
            }

            lastBefore = first.Journal.LastId;
            Assert.That(first.Journal.Snapshot().Select(e => e.Id), Does.Not.Contain(exchanged.Id).And.Not.Contain(withFindings.Id), "both have left memory");
            AssertSame(await first.Journal.FindAsync(exchanged.Id, CancellationToken.None), exchanged);
        }

        await using var second = await file.StartHostAsync(SmallJournal);

        Assert.That(second.Journal.Snapshot().Select(e => e.Id), Is.EqualTo(Enumerable.Range((int)lastBefore - 9, 10).Select(i => (long)i)),
            "the newest JournalCapacity entries are back in memory, oldest first");
        AssertSame(await second.Journal.FindAsync(exchanged.Id, CancellationToken.None), exchanged);
        AssertSame(await second.Journal.FindAsync(withFindings.Id, CancellationToken.None), withFindings);
        Assert.That(second.Journal.NextId(), Is.EqualTo(lastBefore + 1), "ids continue after the highest stored");
    }

    [Test]
    public async Task Restart_AdminApi_ServesAnEntryThatLeftMemory_WithItsRawBytes()
    {
        using var file = new DataFile();
        JournalEntry exchanged;
        await using (var first = await file.StartHostAsync(SmallJournal))
        {
            using var client = new SimulatorClient(first.BaseAddress);
            await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);
            exchanged = first.Journal.Snapshot().Single();
            for (var i = 0; i < 10; i++)
            {
                await first.Journal.AddAsync(Plain(first.Journal.NextId(), i));
            }
        }

        await using var second = await file.StartHostAsync(SmallJournal);
        using var http = new HttpClient { BaseAddress = second.BaseAddress };

        var request = await http.GetByteArrayAsync($"/admin/journal/{exchanged.Id}/request");
        var response = await http.GetByteArrayAsync($"/admin/journal/{exchanged.Id}/response");
        using var detail = JsonDocument.Parse(await http.GetStringAsync($"/admin/journal/{exchanged.Id}"));

        Assert.That(request, Is.EqualTo(exchanged.RequestBody));
        Assert.That(response, Is.EqualTo(exchanged.ResponseBody));
        Assert.That(detail.RootElement.GetProperty("summary").GetProperty("id").GetInt64(), Is.EqualTo(exchanged.Id));
    }

    [Test]
    public async Task InMemoryMode_StartsEmpty_AndWritesNoDataFile()
    {
        using var file = new DataFile();
        await using (var first = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:DataFile"] = file.Path }))
        {
            await first.Journal.AddAsync(Plain(first.Journal.NextId(), 0));
        }

        await using var second = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:DataFile"] = file.Path });

        Assert.That(second.Journal.Snapshot(), Is.Empty);
        Assert.That(await second.Journal.FindAsync(1, CancellationToken.None), Is.Null);
        Assert.That(File.Exists(file.Path), Is.False, "the in-memory mode never opens the data file");
    }

    private static JournalEntry Plain(long id, int i) =>
        new(id, DateTimeOffset.UnixEpoch.AddSeconds(i), TimeSpan.FromMilliseconds(i), "/sync-service", null, null, 200, [(byte)i], [], ValidationReport.Empty);

    private static JournalEntry WithFindings(long id) =>
        new(id, new DateTimeOffset(2025, 3, 4, 5, 6, 7, 891, TimeSpan.FromHours(1)).AddTicks(2345), TimeSpan.FromTicks(123_456_789), "/reliablemessaging/reliablerequest",
            "urn:nhs:names:services:lrs/REPC_IN010000UK15", "REPC_IN010000UK15", 202, [0, 1, 2, 255, 13, 10], [],
            new ValidationReport([
                new Finding("ACS-001", "InvalidRequest", ValidationLayer.Schema, Severity.Error, "/soap:Envelope/soap:Body", "an NHS number", "nothing", "The NHS number is missing.") { Line = 42 },
                new Finding("LR-007", null, ValidationLayer.Business, Severity.Warning, "/x", "y", "z", "A warning."),
            ]))
        {
            NhsNumber = "9434765919",
            SenderAsid = "200000000001",
            WsaMessageId = "uuid:W1",
            RequestContentType = "multipart/related; boundary=\"b\"",
            Outcome = "AE: no",
            Direction = ExchangeDirection.Outbound,
            ConversationId = "C1",
            EbxmlMessageId = "M1",
            RefToMessageId = "R1",
            Attempt = 2,
        };

    private static void AssertSame(JournalEntry? loaded, JournalEntry original)
    {
        Assert.That(loaded, Is.Not.Null, $"entry {original.Id} was found");
        Assert.That(loaded!.RequestBody, Is.EqualTo(original.RequestBody), "the exact request bytes");
        Assert.That(loaded.ResponseBody, Is.EqualTo(original.ResponseBody), "the exact response bytes");
        Assert.That(loaded.Validation.Findings, Is.EqualTo(original.Validation.Findings));
        Assert.That(loaded with { RequestBody = NoBytes, ResponseBody = NoBytes, Validation = ValidationReport.Empty },
            Is.EqualTo(original with { RequestBody = NoBytes, ResponseBody = NoBytes, Validation = ValidationReport.Empty }), "every other field");
    }
}
