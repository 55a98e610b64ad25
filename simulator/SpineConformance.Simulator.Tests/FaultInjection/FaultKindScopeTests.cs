using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Persistence.Memory;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.FaultInjection;

[Parallelizable(ParallelScope.All)]
public sealed class FaultKindScopeTests
{
    [Test]
    public async Task BusinessError_AnswersTheInteractionsOwnAe_WithTheChosenReason_AndChangesNothing()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        var nhsNumber = Some.NhsNumber();
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule
        {
            Kind = FaultKind.BusinessError, Interaction = "SET_RESOURCE_PERMISSIONS_INUK01", Code = "35506", Text = "Patient is sensitive", RemainingUses = 1,
        }, CancellationToken.None);
        using var client = new SimulatorClient(host.BaseAddress);

        var (status, body, _) = await client.PostAsync(SampleRequests.Set(nhsNumber.Value, AcsPermission.No), BrokenSetRequests.SetAction);

        Assert.That(status, Is.EqualTo(200), "an AE travels in an HTTP 200, as Spine sends it");
        var acknowledged = (AcsResponse.Acknowledged)AcsResponseReader.Read(body);
        Assert.That(acknowledged.Type, Is.EqualTo(AcknowledgementType.AE));
        Assert.That(acknowledged.Reasons.Select(r => (r.Code, r.DisplayName)), Is.EqualTo(new[] { ("35506", "Patient is sensitive") }));
        Assert.That(await host.Permissions.FindAsync(nhsNumber, CancellationToken.None), Is.Null, "the refused Set was not applied");
        Assert.That(host.Journal.Snapshot().Single().Outcome, Does.StartWith("AE: 35506"));
    }

    [Test]
    public async Task BusinessError_WithReasons_AnswersEveryReason_InOrder()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        var nhsNumber = Some.NhsNumber();
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule
        {
            Kind = FaultKind.BusinessError, NhsNumber = nhsNumber.Value, RemainingUses = 1,
            Reasons = [new FaultReason("400", "Invalid Request"), new FaultReason("35506", "Patient is sensitive")],
        }, CancellationToken.None);
        using var client = new SimulatorClient(host.BaseAddress);

        var (status, body, _) = await client.PostAsync(SampleRequests.Get(nhsNumber.Value), BrokenGetRequests.GetAction);

        Assert.That(status, Is.EqualTo(200));
        var acknowledged = (AcsResponse.Acknowledged)AcsResponseReader.Read(body);
        Assert.That(acknowledged.Reasons.Select(r => (r.Code, r.DisplayName)), Is.EqualTo(new[] { ("400", "Invalid Request"), ("35506", "Patient is sensitive") }));
        Assert.That(host.Journal.Snapshot().Single().Outcome, Does.StartWith("AE: 400, 35506"));
    }

    [Test]
    public async Task AnEbxmlOnlyRule_IsPassedOverForASyncRequest_AndKeepsItsUses()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        var rules = host.Services.GetRequiredService<IFaultRuleStore>();
        await rules.AddAsync(new FaultRule { Kind = FaultKind.WithholdReply, RemainingUses = 1 }, CancellationToken.None);
        using var client = new SimulatorClient(host.BaseAddress);

        var (status, body, _) = await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(AcsResponseReader.Read(body), Is.InstanceOf<AcsResponse.PermissionsReturned>(), "answered as usual");
        Assert.That((await rules.ListAsync(CancellationToken.None)).Single().RemainingUses, Is.EqualTo(1), "still waiting for an ebXML request");
    }

    [Test]
    public async Task Take_SkipsRulesWhoseKindDoesNotApply_AndCountsDownTheOneUsed()
    {
        var rules = new InMemoryFaultRuleStore();
        await rules.AddAsync(new FaultRule { Kind = FaultKind.BusinessError, Code = "35506", RemainingUses = 1 }, CancellationToken.None);
        await rules.AddAsync(new FaultRule { Kind = FaultKind.MessageError, RemainingUses = 1 }, CancellationToken.None);

        var forEbxml = await rules.TakeAsync(new FaultRequest("REPC_IN010000UK15", null, null, null), TransportFaults.AppliesToEbxml, CancellationToken.None);
        var forSync = await rules.TakeAsync(new FaultRequest("GET_RESOURCE_PERMISSIONS_INUK01", null, null, null), TransportFaults.AppliesToSync, CancellationToken.None);
        var again = await rules.TakeAsync(new FaultRequest("GET_RESOURCE_PERMISSIONS_INUK01", null, null, null), TransportFaults.AppliesToSync, CancellationToken.None);

        Assert.That(forEbxml?.Kind, Is.EqualTo(FaultKind.MessageError));
        Assert.That(forSync?.Kind, Is.EqualTo(FaultKind.BusinessError));
        Assert.That(again, Is.Null, "both rules are used up");
    }

    [Test]
    public void EveryKind_AppliesToAtLeastOneTransport()
    {
        Assert.That(Enum.GetValues<FaultKind>().Where(k => !k.AppliesToSync() && !k.AppliesToEbxml()), Is.Empty);
    }
}
