using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.State;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// What every journal store must do. A store that keeps bodies (<see cref="Simulator.Persistence.IJournalStore.KeepsBodies"/>)
/// finds every entry again by id with its exact bytes and findings, reloads the newest, never reuses an id, resets by
/// scope and prunes by count and bytes; one that does not keeps nothing at all, the journal's memory being all there is.
/// </summary>
public abstract class JournalStoreContract : StoreContract
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Append_ThenFind_ReturnsTheExactBytesAndFindings()
    {
        var entry = Entry(1, "9434765919", "200000000001") with
        {
            Validation = new ValidationReport([new Finding("ACS-GET-NHS-NUMBER", "INVALID_NHS_NUMBER", ValidationLayer.Business, Severity.Error, "/x", "a", "b", "wrong")]),
            RequestBody = [0x3c, 0x00, 0xff],
        };

        await Stores.Journal.AppendAsync(entry, None);
        var found = await Stores.Journal.FindAsync(1, None);

        if (!Stores.Journal.KeepsBodies)
        {
            Assert.That(found, Is.Null);
            return;
        }

        Assert.That(found, Is.Not.Null);
        Assert.That((found!.RequestBody, found.ResponseBody, found.Validation.Findings), Is.EqualTo((entry.RequestBody, entry.ResponseBody, entry.Validation.Findings)));
        Assert.That(found with { RequestBody = entry.RequestBody, ResponseBody = entry.ResponseBody, Validation = entry.Validation }, Is.EqualTo(entry));
    }

    [Test]
    public async Task AppendBehind_IsFoundAtOnce_AndAfterAFlushOutlivesAReopen()
    {
        await Stores.Journal.AppendBehindAsync(Entry(1, "9434765919", null), None);

        Assert.That((await Stores.Journal.FindAsync(1, None))?.Id, Is.EqualTo(Stores.Journal.KeepsBodies ? 1 : null), "found before it is written");
        await Stores.Journal.FlushAsync(None);
        await ReopenAsync();
        Assert.That((await Stores.Journal.FindAsync(1, None))?.Id, Is.EqualTo(Stores.Persists ? 1 : null));
    }

    [Test]
    public async Task Newest_IsTheLastEntriesOldestFirst_WithoutTheirBodies()
    {
        for (var id = 1; id <= 5; id++)
        {
            await Stores.Journal.AppendAsync(Entry(id, null, null), None);
        }

        var newest = await Stores.Journal.NewestAsync(3, None);

        Assert.That(newest.Select(e => e.Id), Is.EqualTo(Stores.Journal.KeepsBodies ? new long[] { 3, 4, 5 } : []));
        Assert.That(newest.Select(e => (e.Bodies, e.RequestBody.Length)), Is.All.EqualTo((JournalBodies.InStore, 0)));
    }

    [Test]
    public async Task HighestId_NeverGoesBack_AfterAResetOrAPrune()
    {
        for (var id = 1; id <= 4; id++)
        {
            await Stores.Journal.AppendAsync(Entry(id, null, null), None);
        }

        await Stores.Journal.ResetAsync(ResetScope.Everything, None);
        var afterReset = await Stores.Journal.HighestIdAsync(None);
        await Stores.Journal.AppendAsync(Entry(5, null, null), None);
        await Stores.Journal.PruneAsync(Start.AddYears(1), 0, long.MaxValue, None);
        var afterPrune = await Stores.Journal.HighestIdAsync(None);

        Assert.That((afterReset, afterPrune), Is.EqualTo(Stores.Journal.KeepsBodies ? (4L, 5L) : (0L, 0L)));
    }

    [Test]
    public async Task Reset_ByPatientOrBySystem_DeletesOnlyTheirEntries()
    {
        await Stores.Journal.AppendAsync(Entry(1, "9434765919", "200000000001"), None);
        await Stores.Journal.AppendAsync(Entry(2, "9434765870", "200000000001"), None);
        await Stores.Journal.AppendAsync(Entry(3, "9434765870", "200000000002"), None);

        var byPatient = await Stores.Journal.ResetAsync(ResetScope.Patient("9434765919"), None);
        var bySystem = await Stores.Journal.ResetAsync(ResetScope.System("200000000002"), None);

        Assert.That((byPatient, bySystem), Is.EqualTo(Stores.Journal.KeepsBodies ? (1, 1) : (0, 0)));
        Assert.That((await Stores.Journal.NewestAsync(10, None)).Select(e => e.Id), Is.EqualTo(Stores.Journal.KeepsBodies ? new long[] { 2 } : []));
    }

    [Test]
    public async Task Reset_ByTenant_DeletesTheEntriesRecordedAsItsOwn_WhateverTheirSender()
    {
        await Stores.Journal.AppendAsync(Entry(1, "9434765919", "200000000001") with { TenantId = 7 }, None);
        await Stores.Journal.AppendAsync(Entry(2, "9434765919", "200000000001") with { TenantId = 8 }, None);
        await Stores.Journal.AppendAsync(Entry(3, "9434765870", "200000000002") with { TenantId = 7 }, None);
        await Stores.Journal.AppendAsync(Entry(4, "9434765870", "200000000002"), None);

        var byTenant = await Stores.Journal.ResetAsync(ResetScope.Tenant(7), None);

        Assert.That(byTenant, Is.EqualTo(Stores.Journal.KeepsBodies ? 2 : 0));
        Assert.That((await Stores.Journal.NewestAsync(10, None)).Select(e => e.Id).Order(), Is.EqualTo(Stores.Journal.KeepsBodies ? new long[] { 2, 4 } : []));
    }

    [Test]
    public async Task Prune_KeepsTheNewest_ByAgeCountAndBytes_AndSaysTheLowestKept()
    {
        for (var id = 1; id <= 6; id++)
        {
            await Stores.Journal.AppendAsync(Entry(id, null, null) with { ReceivedAt = Start.AddMinutes(id), RequestBody = new byte[1000] }, None);
        }

        var byAge = await Stores.Journal.PruneAsync(Start.AddMinutes(2), int.MaxValue, long.MaxValue, None);
        var byCount = await Stores.Journal.PruneAsync(Start, 4, long.MaxValue, None);
        var byBytes = await Stores.Journal.PruneAsync(Start, int.MaxValue, 2_500, None);

        if (!Stores.Journal.KeepsBodies)
        {
            Assert.That(new[] { byAge, byCount, byBytes }, Is.All.EqualTo((0, (long?)null)));
            return;
        }

        Assert.That(byAge, Is.EqualTo((1, (long?)2)), "entry 1 was older than the oldest kept");
        Assert.That(byCount, Is.EqualTo((1, (long?)3)), "four entries are kept");
        Assert.That(byBytes, Is.EqualTo((2, (long?)5)), "two entries of about 1000 bytes fit in 2500");
    }

    [Test]
    public async Task ACancelledToken_IsRefused_AndStoresNothing()
    {
        Assert.That(() => Stores.Journal.AppendAsync(Entry(1, null, null), Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Journal.AppendBehindAsync(Entry(2, null, null), Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Journal.FindAsync(1, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        await Stores.Journal.FlushAsync(None);
        Assert.That(await Stores.Journal.NewestAsync(10, None), Is.Empty);
    }

    private static JournalEntry Entry(long id, string? nhsNumber, string? asid) =>
        new(id, Start, TimeSpan.FromMilliseconds(3), "/sync-service", "urn:nhs:names:services:lrs/QUPC_IN200000SM04", "QUPC_IN200000SM04", 200,
            [1, 2, 3], [4, 5], ValidationReport.Empty)
        {
            NhsNumber = nhsNumber,
            SenderAsid = asid,
            Outcome = "answered",
        };
}
