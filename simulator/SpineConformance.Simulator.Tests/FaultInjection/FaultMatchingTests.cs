using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.FaultInjection;

/// <summary>Fault rules matched on a message id or an HTTP header, alone or with the other criteria.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FaultMatchingTests
{
    private const string MessageId = "5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10";

    [TestCase("5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10", "uuid:5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10", true)]
    [TestCase("uuid:5b7e8a52-3c1d-4e55-9b0f-6c2d8a1e4f10", "uuid:5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10", true)]
    [TestCase("5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10", "5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F11", false)]
    [TestCase("5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10", null, false)]
    public void MessageId_MatchesWithoutRegardToCaseOrAUuidPrefix(string ruleId, string? requestId, bool matches)
    {
        var rule = new FaultRule { Kind = FaultKind.SoapFault, MessageId = ruleId };

        Assert.That(rule.Matches(new FaultRequest("GET_RESOURCE_PERMISSIONS_INUK01", null, null, requestId)), Is.EqualTo(matches));
    }

    [TestCase("X-Test-Case", "timeout-1", "x-test-case", "timeout-1", true)]
    [TestCase("X-Test-Case", null, "X-Test-Case", "anything", true)]
    [TestCase("X-Test-Case", "timeout-1", "X-Test-Case", "timeout-2", false)]
    [TestCase("X-Test-Case", "timeout-1", "X-Other", "timeout-1", false)]
    public void Header_MatchesItsNameWithoutRegardToCase_AndItsValueExactly(string name, string? value, string sentName, string sentValue, bool matches)
    {
        var rule = new FaultRule { Kind = FaultKind.SoapFault, Header = name, HeaderValue = value };
        var request = new FaultRequest(null, null, null, null)
        {
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [sentName] = sentValue },
        };

        Assert.That(rule.Matches(request), Is.EqualTo(matches));
    }

    [Test]
    public void EveryCriterionSet_MustHold()
    {
        var rule = new FaultRule { Kind = FaultKind.SoapFault, Interaction = "GET_RESOURCE_PERMISSIONS_INUK01", MessageId = MessageId };

        Assert.That(rule.Matches(new FaultRequest("SET_RESOURCE_PERMISSIONS_INUK01", null, null, MessageId)), Is.False);
        Assert.That(rule.Matches(new FaultRequest("GET_RESOURCE_PERMISSIONS_INUK01", null, null, MessageId)), Is.True);
    }

    [Test]
    public async Task ASyncRequest_WithTheRulesMessageId_GetsTheFault_AndAnotherIsAnswered()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.SoapFault, MessageId = MessageId.ToLowerInvariant(), Code = "300" }, CancellationToken.None);
        using var client = new SimulatorClient(host.BaseAddress);
        var nhsNumber = Some.NhsNumber().Value;

        var (faulted, faultBody, _) = await client.PostAsync(SampleRequests.Get(nhsNumber, SampleRequests.Outgoing("uuid:" + MessageId)), BrokenGetRequests.GetAction);
        var (answered, body, _) = await client.PostAsync(
            SampleRequests.Get(nhsNumber, SampleRequests.Outgoing("uuid:0B0B0B0B-3C1D-4E55-9B0F-6C2D8A1E4F10")), BrokenGetRequests.GetAction);

        Assert.That(faulted, Is.EqualTo(500));
        Assert.That(SoapFault.Read(faultBody)?.Errors.Single().ErrorCode, Is.EqualTo("300"));
        Assert.That(answered, Is.EqualTo(200));
        Assert.That(AcsResponseReader.Read(body), Is.InstanceOf<AcsResponse.PermissionsReturned>());
        Assert.That(host.Journal.Snapshot().Select(e => e.Outcome), Has.Some.Contains("message id " + MessageId.ToLowerInvariant()),
            "the journal names the rule, with what it matched on");
    }

    [Test]
    public async Task ASyncRequest_CarryingTheRulesHeader_GetsTheFault_OnlyForItsUses()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule
        {
            Kind = FaultKind.BusinessError, Header = "X-Test-Case", HeaderValue = "refuse-once", Code = "35506", RemainingUses = 1,
        }, CancellationToken.None);
        using var client = new SimulatorClient(host.BaseAddress);
        var tagged = new Dictionary<string, string> { ["X-Test-Case"] = "refuse-once" };
        var nhsNumber = Some.NhsNumber().Value;

        var (_, untagged, _) = await client.PostAsync(SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction);
        var (_, refused, _) = await client.PostAsync(SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction, headers: tagged);
        var (_, again, _) = await client.PostAsync(SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction, headers: tagged);

        Assert.That(AcsResponseReader.Read(untagged), Is.InstanceOf<AcsResponse.PermissionsReturned>(), "no header, no fault");
        Assert.That(((AcsResponse.Acknowledged)AcsResponseReader.Read(refused)).Reasons.Single().Code, Is.EqualTo("35506"));
        Assert.That(AcsResponseReader.Read(again), Is.InstanceOf<AcsResponse.PermissionsReturned>(), "the rule's one use is spent");
    }
}
