using System.Text.Json;
using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>What every directory store must do: nothing until saved, the last document saved whole, cancel, and (when it persists) survive a reopen.</summary>
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
    public async Task ACancelledToken_IsRefused_AndChangesNothing()
    {
        await Stores.Directory.SaveAsync(Document("YES-0000001"), None);

        Assert.That(() => Stores.Directory.SaveAsync(Document("YES-0000002"), Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Directory.LoadAsync(Cancelled), Throws.InstanceOf<OperationCanceledException>());
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

    // The document's own shape: records holding lists compare their lists by reference, so compare what is stored.
    private static string Json(DirectoryData? data) => JsonSerializer.Serialize(data, DirectoryJson.Options);
}
