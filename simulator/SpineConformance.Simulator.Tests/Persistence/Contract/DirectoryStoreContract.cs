using System.Text.Json;
using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// What every directory store must do: nothing until saved, the last document saved whole, a change made to what is stored
/// (never lost to a change made at the same moment), cancel, and (when it persists) survive a reopen.
/// </summary>
public abstract class DirectoryStoreContract : StoreContract
{
    [Test]
    public async Task Load_BeforeAnySave_IsNull()
    {
        Assert.That(await Stores.Directory.LoadAsync(None), Is.Null);
    }

    [Test]
    public async Task Save_ThenLoad_ReturnsTheLastDocumentSaved_Whole()
    {
        await Stores.Directory.SaveAsync(Document("YES-0000001"), None);
        await Stores.Directory.SaveAsync(Document("YES-0000002"), None);

        Assert.That(Json(await Stores.Directory.LoadAsync(None)), Is.EqualTo(Json(Document("YES-0000002"))));
    }

    [Test]
    public async Task Change_BeforeAnySave_AppliesToTheUnstoredDirectory_AndStoresTheResult()
    {
        var stored = await Stores.Directory.ChangeAsync(Document("YES-0000004"), d => d with { Systems = [.. d.Systems, System("200000000002")] }, None);

        Assert.That(stored.Systems.Select(s => s.Asid), Is.EqualTo(new[] { "200000000001", "200000000002" }));
        Assert.That(Json(await Stores.Directory.LoadAsync(None)), Is.EqualTo(Json(stored)));
    }

    [Test]
    public async Task Change_AppliesToTheStoredDirectory_NotToTheCallersOlderCopy()
    {
        await Stores.Directory.SaveAsync(Document("YES-0000005"), None);
        await Stores.Directory.ChangeAsync(Document("YES-0000005"), d => d with { Systems = [.. d.Systems, System("200000000002")] }, None);

        // A caller that has not seen the first change yet: its change is made to the stored directory, which keeps it.
        var stored = await Stores.Directory.ChangeAsync(Document("YES-0000005"), d => d with { Systems = [.. d.Systems, System("200000000003")] }, None);

        Assert.That(stored.Systems.Select(s => s.Asid), Is.EqualTo(new[] { "200000000001", "200000000002", "200000000003" }));
        Assert.That((await Stores.Directory.LoadAsync(None))!.Systems.Select(s => s.Asid), Is.EqualTo(stored.Systems.Select(s => s.Asid)));
    }

    [Test]
    public async Task ChangesMadeAtOnce_AreAllKept()
    {
        await Stores.Directory.SaveAsync(Document("YES-0000006"), None);
        var asids = Enumerable.Range(10, 12).Select(i => $"2000000000{i}").ToList();

        await Task.WhenAll(asids.Select(asid => Task.Run(() =>
            Stores.Directory.ChangeAsync(Document("YES-0000006"), d => d with { Systems = [.. d.Systems, System(asid)] }, None))));

        Assert.That((await Stores.Directory.LoadAsync(None))!.Systems.Select(s => s.Asid), Is.EquivalentTo(asids.Prepend("200000000001")));
    }

    [Test]
    public async Task ACancelledToken_IsRefused_AndChangesNothing()
    {
        await Stores.Directory.SaveAsync(Document("YES-0000001"), None);

        Assert.That(() => Stores.Directory.SaveAsync(Document("YES-0000002"), Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Directory.LoadAsync(Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Directory.ChangeAsync(Document("YES-0000002"), d => d with { SpinePartyKey = "YES-0000002" }, Cancelled),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That((await Stores.Directory.LoadAsync(None))?.SpinePartyKey, Is.EqualTo("YES-0000001"));
    }

    [Test]
    public async Task Reopen_KeepsTheDirectory_WhenTheStoragePersists()
    {
        await Stores.Directory.SaveAsync(Document("YES-0000003"), None);

        await ReopenAsync();

        Assert.That(Json(await Stores.Directory.LoadAsync(None)), Is.EqualTo(Stores.Persists ? Json(Document("YES-0000003")) : Json(null)));
    }

    private static DirectoryData Document(string spinePartyKey) => new()
    {
        SpinePartyKey = spinePartyKey,
        Systems =
        [
            new AccreditedSystem { Asid = "200000000001", PartyKey = "A1B2C-000001", OdsCode = "A1B2C", MhsEndpoint = "http://127.0.0.1:9/inbound" },
        ],
    };

    private static AccreditedSystem System(string asid) => new() { Asid = asid, PartyKey = $"A1B2C-{asid[^6..]}", OdsCode = "A1B2C" };

    // The document's own shape: records holding lists compare their lists by reference, so compare what is stored.
    private static string Json(DirectoryData? data) => JsonSerializer.Serialize(data, DirectoryJson.Options);
}
