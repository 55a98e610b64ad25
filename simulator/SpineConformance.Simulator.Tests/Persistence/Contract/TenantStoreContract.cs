using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// What every tenant store must do: add with unique names and ids never reused, ensure by name (configuration), replace
/// systems and key hash, remove, refuse a cancelled token, and (when it persists) keep tenants across a reopen.
/// </summary>
public abstract class TenantStoreContract : StoreContract
{
    private static readonly string HashA = new('a', 64);
    private static readonly string HashB = new('b', 64);
    private static readonly TenantSystems SystemsA = new(["200000000101"], ["A1B2C3-0000001"]);
    private static readonly TenantSystems SystemsB = new(["200000000202"], []);

    [Test]
    public async Task Add_GivesIncreasingIds_RefusesATakenName_AndListsByIdWithTheSystems()
    {
        var first = await Stores.Tenants.AddAsync("Supplier A", HashA, SystemsA, None);
        var second = await Stores.Tenants.AddAsync("Supplier B", HashB, SystemsB, None);
        var again = await Stores.Tenants.AddAsync("Supplier A", HashB, SystemsB, None);

        Assert.That(second!.Id, Is.GreaterThan(first!.Id));
        Assert.That(again, Is.Null, "a name is unique");
        var listed = await Stores.Tenants.ListAsync(None);
        Assert.That(listed.Select(t => (t.Id, t.Name, t.KeySha256)), Is.EqualTo(new[] { (first.Id, "Supplier A", HashA), (second.Id, "Supplier B", HashB) }));
        Assert.That(listed[0].Systems.Asids, Is.EqualTo(SystemsA.Asids));
        Assert.That(listed[0].Systems.PartyKeys, Is.EqualTo(SystemsA.PartyKeys));
    }

    [Test]
    public async Task Ensure_AddsANewName_AndUpdatesTheKeyAndSystemsOfAnExistingOne()
    {
        var added = await Stores.Tenants.EnsureAsync("Supplier A", HashA, SystemsA, None);
        var updated = await Stores.Tenants.EnsureAsync("Supplier A", HashB, SystemsB, None);

        Assert.That(updated.Id, Is.EqualTo(added.Id));
        var found = await Stores.Tenants.FindAsync(added.Id, None);
        Assert.That(found!.KeySha256, Is.EqualTo(HashB));
        Assert.That(found.Systems.Asids, Is.EqualTo(SystemsB.Asids));
        Assert.That(await Stores.Tenants.ListAsync(None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SetSystemsAndKey_ReplaceThem_AndSayWhenThereIsNoSuchTenant()
    {
        var tenant = await Stores.Tenants.AddAsync("Supplier A", HashA, SystemsA, None);

        var moved = await Stores.Tenants.SetSystemsAsync(tenant!.Id, SystemsB, None);
        var rotated = await Stores.Tenants.SetKeyAsync(tenant.Id, HashB, None);

        Assert.That(moved!.Systems.Asids, Is.EqualTo(SystemsB.Asids));
        Assert.That(rotated!.KeySha256, Is.EqualTo(HashB));
        Assert.That(rotated.Systems.Asids, Is.EqualTo(SystemsB.Asids), "a new key keeps the systems");
        Assert.That(await Stores.Tenants.SetSystemsAsync(tenant.Id + 100, SystemsA, None), Is.Null);
        Assert.That(await Stores.Tenants.SetKeyAsync(tenant.Id + 100, HashA, None), Is.Null);
    }

    [Test]
    public async Task Remove_TakesOutOneTenant_AndSaysWhenThereWasNone()
    {
        var removed = await Stores.Tenants.AddAsync("Supplier A", HashA, SystemsA, None);
        var kept = await Stores.Tenants.AddAsync("Supplier B", HashB, SystemsB, None);

        Assert.That(await Stores.Tenants.RemoveAsync(removed!.Id, None), Is.True);
        Assert.That(await Stores.Tenants.RemoveAsync(removed.Id, None), Is.False);
        Assert.That((await Stores.Tenants.ListAsync(None)).Select(t => t.Id), Is.EqualTo(new[] { kept!.Id }));
        Assert.That(await Stores.Tenants.FindAsync(removed.Id, None), Is.Null);
    }

    [Test]
    public async Task ACancelledToken_IsRefused_AndChangesNothing()
    {
        var tenant = await Stores.Tenants.AddAsync("Supplier A", HashA, SystemsA, None);

        Assert.That(() => Stores.Tenants.AddAsync("Supplier B", HashB, SystemsB, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Tenants.SetKeyAsync(tenant!.Id, HashB, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Tenants.RemoveAsync(tenant!.Id, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Tenants.ListAsync(Cancelled), Throws.InstanceOf<OperationCanceledException>());
        var listed = await Stores.Tenants.ListAsync(None);
        Assert.That(listed.Select(t => (t.Name, t.KeySha256)), Is.EqualTo(new[] { ("Supplier A", HashA) }));
    }

    [Test]
    public async Task Reopen_KeepsTenants_AndNeverReusesAnId_WhenTheStoragePersists()
    {
        var kept = await Stores.Tenants.AddAsync("Supplier A", HashA, SystemsA, None);
        var removed = await Stores.Tenants.AddAsync("Supplier B", HashB, SystemsB, None);
        await Stores.Tenants.RemoveAsync(removed!.Id, None);

        await ReopenAsync();

        var listed = await Stores.Tenants.ListAsync(None);
        var added = await Stores.Tenants.AddAsync("Supplier C", HashB, SystemsB, None);
        if (!Stores.Persists)
        {
            Assert.That(listed, Is.Empty);
            return;
        }

        Assert.That(listed.Select(t => (t.Id, t.Name, t.KeySha256)), Is.EqualTo(new[] { (kept!.Id, "Supplier A", HashA) }));
        Assert.That(listed[0].Systems.PartyKeys, Is.EqualTo(SystemsA.PartyKeys));
        Assert.That(added!.Id, Is.GreaterThan(removed.Id), "ids are never reused");
    }
}
