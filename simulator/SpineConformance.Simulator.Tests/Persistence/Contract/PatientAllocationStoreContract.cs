namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// What every patient allocation counter must do: hand out consecutive blocks from 0, never the same serial twice, even to
/// concurrent callers, and (when it persists) not after a reopen either.
/// </summary>
public abstract class PatientAllocationStoreContract : StoreContract
{
    [Test]
    public async Task Reserve_HandsOutConsecutiveBlocksFromZero()
    {
        Assert.That(await Stores.PatientAllocation.ReserveAsync(3, None), Is.EqualTo(0));
        Assert.That(await Stores.PatientAllocation.ReserveAsync(1, None), Is.EqualTo(3));
        Assert.That(await Stores.PatientAllocation.ReserveAsync(5, None), Is.EqualTo(4));
    }

    [Test]
    public async Task ConcurrentReservations_NeverOverlap()
    {
        var firsts = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => Stores.PatientAllocation.ReserveAsync(7, None))));

        var serials = firsts.SelectMany(first => Enumerable.Range(0, 7).Select(i => first + i)).ToList();
        Assert.That(serials, Is.Unique);
        Assert.That(serials, Has.Count.EqualTo(280));
        Assert.That(serials.Max(), Is.EqualTo(279), "no serial is skipped either");
    }

    [Test]
    public void ACancelledToken_IsRefused() =>
        Assert.That(() => Stores.PatientAllocation.ReserveAsync(1, Cancelled), Throws.InstanceOf<OperationCanceledException>());

    [Test]
    public async Task Reopen_ContinuesAfterTheLastSerial_WhenTheStoragePersists()
    {
        await Stores.PatientAllocation.ReserveAsync(10, None);

        await ReopenAsync();

        Assert.That(await Stores.PatientAllocation.ReserveAsync(1, None), Is.EqualTo(Stores.Persists ? 10 : 0));
    }
}
