using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Specs.Support;
using SpineConformance.Validation;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// Checks on what the SUT sent, read from the simulator's journal and validated again here, independently of the
/// simulator's own verdict, so a lenient simulator cannot make a broken client pass.
/// </summary>
[Binding]
public sealed class RequestCheckSteps(ScenarioState state, SimulatorControl simulator, SuiteEnvironment environment, SuiteSchemas schemas, Evidence evidence)
{
    [Then("^the system sent exactly one (.*) about the patient$")]
    public async Task SentExactlyOne(string interactionId)
    {
        var exchanges = await simulator.ExchangesForAsync(state.NhsNumber);
        Assert.That(exchanges.Select(e => e.InteractionId), Is.EqualTo(new[] { interactionId }),
            $"Expected one {interactionId} about {state.NhsNumber}");
    }

    [Then("the system sent nothing to Spine about the patient")]
    public async Task SentNothing()
    {
        var exchanges = await simulator.ExchangesForAsync(state.NhsNumber);
        Assert.That(exchanges.Select(e => e.InteractionId), Is.Empty, $"The system should have sent nothing about {state.NhsNumber}");
    }

    [Then("^the request obeys rule (.*)$")]
    public void ObeysRule(string ruleId)
    {
        var interaction = Interaction();
        var rule = ValidationProfiles.Conformance(interaction)!.Rules.SingleOrDefault(r => r.Id == ruleId)
            ?? throw new AssertionException($"{interaction.InteractionId} has no rule '{ruleId}'; its rules are: {string.Join(", ", ValidationProfiles.Conformance(interaction)!.Rules.Select(r => r.Id))}");
        var report = new MessageValidator([rule], null).Validate(new MessageUnderTest(Request(), state.Exchange.SoapAction, interaction));
        evidence.AttachReport($"{rule.Id}: {rule.Description}", report);
        Assert.That(report.Errors, Is.Empty, $"{rule.Id} ({rule.FaultName}): {rule.Description}.{Environment.NewLine}{report}");
    }

    [Then("the request sets View and Store to {string} for accessor Everyone")]
    public void SetsViewAndStore(string permission)
    {
        var permissions = AcsPayloadXml.ReadPermissions(WrapperRules.Payloads(Request().ControlActEvent).FirstOrDefault())
            ?? throw new AssertionException("The request carries no setResourcePermissionsRequest/permissions.");
        Assert.That(permissions.Assertions.Select(a => (a.FunctionCode, a.Permission, a.AccessorType, a.AccessorName)),
            Is.EquivalentTo(new[] { ("View", permission, "Everyone", "Everyone"), ("Store", permission, "Everyone", "Everyone") }));
        Assert.That(permissions.Assertions.Select(a => (a.ResourceType, a.ResourceId)), Has.All.EqualTo(("SCR", state.NhsNumber)));
    }

    [Then("the request is valid against the run's schemas")]
    public void ValidAgainstTheSchemas()
    {
        var interaction = Request().Interaction ?? throw new AssertionException("The request has no HL7 interaction in its SOAP Body.");
        var report = schemas.Validate(interaction);
        evidence.AttachReport($"Schema validation report ({schemas.Name})", report);
        Assert.That(report.Errors, Is.Empty, report.ToString());
    }

    [Then("^the request passes every Spine rule for (.*)$")]
    public void PassesEveryRule(string interactionId)
    {
        var interaction = KnownInteractions.SingleOrDefault(i => i.InteractionId == interactionId)
            ?? throw new InvalidOperationException($"'{interactionId}' is not a synchronous ACS or LR interaction.");
        Assert.That(Interaction(), Is.EqualTo(interaction), "the request is another interaction");
        var validator = ValidationProfiles.Conformance(interaction) ?? ValidationProfiles.SyncEnvelope;
        var report = validator.Validate(new MessageUnderTest(Request(), state.Exchange.SoapAction, interaction));
        var rules = new ValidationReport(report.Findings.Where(f => f.Layer != ValidationLayer.Schema).ToList());
        evidence.AttachReport($"Rule report ({validator.Rules.Count} rules)", rules);
        Assert.That(rules.Errors, Is.Empty, rules.ToString());
    }

    [Then("the request names the logged-in user and the system's ASID")]
    public void NamesUserAndSystem()
    {
        var request = Request();
        var v3 = SpineNamespaces.Hl7;
        var agent = request.ControlActEvent?.Element(v3 + "author")?.Element(v3 + "AgentPersonSDS");
        var identities = environment.Identities;
        Assert.Multiple(() =>
        {
            Assert.That(agent?.Element(v3 + "id")?.Attribute("extension")?.Value, Is.EqualTo(identities.RoleProfileId.Value), "author role profile id");
            Assert.That(agent?.Element(v3 + "agentPersonSDS")?.Element(v3 + "id")?.Attribute("extension")?.Value, Is.EqualTo(identities.UserId.Value), "author SDS user id");
            Assert.That(agent?.Descendants(v3 + "partSDSRole").FirstOrDefault()?.Element(v3 + "id")?.Attribute("extension")?.Value,
                Is.EqualTo(identities.JobRole.Value), "author job role");
            Assert.That(request.HeaderSenderAsid, Is.EqualTo(identities.SystemAsid.Value), "communicationFunctionSnd ASID");
            Assert.That(request.HeaderReceiverAsid, Is.EqualTo(identities.SpineAsid.Value), "communicationFunctionRcv ASID");
            Assert.That(request.ControlActEvent?.Element(v3 + "author1")?.Descendants(v3 + "id").FirstOrDefault()?.Attribute("extension")?.Value,
                Is.EqualTo(identities.SystemAsid.Value), "author1 ASID");
        });
    }

    // LR's confirmation and details queries each have two SyncInteraction values (one per response); the first stands for the request.
    private static readonly IReadOnlyList<SyncInteraction> KnownInteractions =
        [.. AcsInteractions.All, .. Hl7.Lr.LrInteractions.Sync.DistinctBy(i => i.InteractionId)];

    private SyncInteraction Interaction() =>
        KnownInteractions.SingleOrDefault(i => i.InteractionId == state.Exchange.InteractionId)
        ?? throw new AssertionException($"The request is '{state.Exchange.InteractionId}', not a synchronous ACS or LR interaction.");

    private SyncMessage Request()
    {
        var loaded = HardenedXml.Load(state.Exchange.RequestBody);
        return (loaded.Document is null ? null : SyncMessage.From(loaded.Document))
            ?? throw new AssertionException($"The SUT's request is not a SOAP envelope: {loaded.Error}");
    }
}
