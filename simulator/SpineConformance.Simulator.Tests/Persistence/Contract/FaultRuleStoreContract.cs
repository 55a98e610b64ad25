using SpineConformance.Simulator.Faults;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// What every fault rule store must do: add with ids never reused, list in order, remove one or many, take the first
/// matching rule whose kind applies and count its use down, cancel, and (when it persists) keep rules and their uses
/// left across a reopen.
/// </summary>
public abstract class FaultRuleStoreContract : StoreContract
{
    private static readonly FaultRequest GetRequest = new("GET_RESOURCE_PERMISSIONS_INUK01", "9434765919", "200000000001", "M-1");

    [Test]
    public async Task Add_GivesIncreasingIds_AndListKeepsTheOrderAdded()
    {
        var first = await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = "206" }, None);
        var second = await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.HttpStatus, HttpStatus = 503, NhsNumber = "9434765919" }, None);

        Assert.That(second.Id, Is.GreaterThan(first.Id));
        Assert.That(await Stores.FaultRules.ListAsync(None), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public async Task Remove_TakesOutOneRule_AndSaysWhenThereWasNone()
    {
        var kept = await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.SoapFault }, None);
        var removed = await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.EmptyResponse }, None);

        Assert.That(await Stores.FaultRules.RemoveAsync(removed.Id, None), Is.True);
        Assert.That(await Stores.FaultRules.RemoveAsync(removed.Id, None), Is.False);
        Assert.That(await Stores.FaultRules.ListAsync(None), Is.EqualTo(new[] { kept }));
    }

    [Test]
    public async Task RemoveWhere_RemovesEveryRuleItAccepts_AndCountsThem()
    {
        await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.SoapFault, NhsNumber = "9434765919" }, None);
        await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.SoapFault, NhsNumber = "9434765919" }, None);
        var other = await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.SoapFault, NhsNumber = "9434765870" }, None);

        Assert.That(await Stores.FaultRules.RemoveWhereAsync(r => r.NhsNumber == "9434765919", None), Is.EqualTo(2));
        Assert.That(await Stores.FaultRules.ListAsync(None), Is.EqualTo(new[] { other }));
    }

    [Test]
    public async Task Take_UsesTheFirstMatchingRuleWhoseKindApplies_AndCountsItsUsesDown()
    {
        await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.SoapFault, Interaction = "REPC_IN010000UK15" }, None);
        await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.WithholdReply }, None);
        var twice = await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = "206", RemainingUses = 2 }, None);
        var after = await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = "300" }, None);

        var taken = new List<long?>();
        for (var i = 0; i < 3; i++)
        {
            taken.Add((await Stores.FaultRules.TakeAsync(GetRequest, TransportFaults.AppliesToSync, None))?.Id);
        }

        Assert.That(taken, Is.EqualTo(new long?[] { twice.Id, twice.Id, after.Id }), "the other interaction's rule and the ebXML-only rule are passed over");
        Assert.That((await Stores.FaultRules.ListAsync(None)).Single(r => r.Id == twice.Id).RemainingUses, Is.Zero, "a used-up rule stays listed");
    }

    [Test]
    public async Task Take_WithNoMatchingRule_IsNull()
    {
        await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.SoapFault, NhsNumber = "9434765870" }, None);

        Assert.That(await Stores.FaultRules.TakeAsync(GetRequest, TransportFaults.AppliesToSync, None), Is.Null);
    }

    [Test]
    public async Task ACancelledToken_IsRefused_AndChangesNothing()
    {
        var rule = await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.SoapFault, RemainingUses = 1 }, None);

        Assert.That(() => Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.EmptyResponse }, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.FaultRules.RemoveAsync(rule.Id, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(async () => await Stores.FaultRules.TakeAsync(GetRequest, TransportFaults.AppliesToSync, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await Stores.FaultRules.ListAsync(None), Is.EqualTo(new[] { rule }), "still there, its use not counted");
    }

    [Test]
    public async Task Reopen_KeepsRulesAndTheirUsesLeft_AndNeverReusesAnId_WhenTheStoragePersists()
    {
        var rule = await Stores.FaultRules.AddAsync(new FaultRule
        {
            Kind = FaultKind.BusinessError, Reasons = [new FaultReason("35506", "Patient is sensitive")], Delay = TimeSpan.FromSeconds(2), RemainingUses = 3,
            Header = "X-Test-Case", HeaderValue = "7",
        }, None);
        var removed = await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.SoapFault }, None);
        await Stores.FaultRules.RemoveAsync(removed.Id, None);
        await Stores.FaultRules.TakeAsync(GetRequest with { Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-Test-Case"] = "7" } },
            TransportFaults.AppliesToSync, None);

        await ReopenAsync();

        var listed = await Stores.FaultRules.ListAsync(None);
        var added = await Stores.FaultRules.AddAsync(new FaultRule { Kind = FaultKind.EmptyResponse }, None);
        if (!Stores.Persists)
        {
            Assert.That(listed, Is.Empty);
            return;
        }

        var reloaded = listed.Single();
        Assert.That(reloaded with { Reasons = rule.Reasons }, Is.EqualTo(rule with { RemainingUses = 2 }));
        Assert.That(reloaded.Reasons, Is.EqualTo(rule.Reasons));
        Assert.That(added.Id, Is.GreaterThan(removed.Id), "ids are never reused");
    }
}
