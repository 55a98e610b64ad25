using System.Xml.Linq;
using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;
using SpineConformance.Validation;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// Checks on what the SUT sent, read from the simulator's journal and validated again here, independently of the
/// simulator's own verdict, so a lenient simulator cannot make a broken client pass. Sync requests (a SOAP envelope) and
/// async ones (the HL7 payload of an ebXML message) are checked the same way.
/// </summary>
[Binding]
public sealed class RequestCheckSteps(ScenarioState state, SimulatorControl simulator, SuiteEnvironment environment, SuiteSchemas schemas, Evidence evidence)
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    [Then("^the system sent exactly one (\\S+)(?: about the patient)?$")]
    public void SentExactlyOne(string interactionId)
    {
        var sent = Inbound().Select(e => e.InteractionId ?? "(no interaction)").ToList();
        if (sent is not [var only] || only != interactionId)
        {
            Assert.Fail($"Expected the last action to send one {interactionId}{(state.HasPatient ? $" about {state.NhsNumber}" : string.Empty)}; "
                + (sent.Count == 0 ? "it sent none about the patient." : $"it sent {string.Join(", ", sent)}.") + state.Cause());
        }
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
        var (sent, interaction, rules) = Profile();
        var rule = rules.SingleOrDefault(r => r.Id == ruleId)
            ?? throw new AssertionException($"{interaction.InteractionId} has no rule '{ruleId}'; its rules are: {string.Join(", ", rules.Select(r => r.Id))}");
        var report = new MessageValidator([rule], null).Validate(new MessageUnderTest(sent.Message, SoapActionOf(sent), interaction));
        evidence.AttachReport($"{rule.Id}: {rule.Description}", report);
        Assert.That(report.Errors, Is.Empty, $"{rule.Id} ({rule.FaultName}): {rule.Description}.{Environment.NewLine}{report}");
    }

    [Then("the request obeys each of these rules of {word}:")]
    public void ObeysEachRule(string interactionId, DataTable rows)
    {
        var (sent, interaction, rules) = Profile();
        Assert.That(interaction.InteractionId, Is.EqualTo(interactionId), "the request is another interaction");
        var asked = rows.Rows.Select(r => r[0].Trim()).ToList();
        var unknown = asked.Where(id => rules.All(r => r.Id != id)).ToList();
        Assert.That(unknown, Is.Empty, $"{interactionId} has no such rules; its rules are: {string.Join(", ", rules.Select(r => r.Id))}");
        var broken = new List<string>();
        foreach (var rule in asked.Select(id => rules.Single(r => r.Id == id)))
        {
            var report = new MessageValidator([rule], null).Validate(new MessageUnderTest(sent.Message, SoapActionOf(sent), interaction));
            if (report.Errors.Any())
            {
                broken.Add($"{rule.Id} ({rule.FaultName}): {rule.Description}.{Environment.NewLine}{report}");
            }
        }

        evidence.Attach($"Rule by rule ({asked.Count} rules)", "text/plain",
            System.Text.Encoding.UTF8.GetBytes(broken.Count == 0 ? $"All {asked.Count} rules hold." : string.Join(Environment.NewLine, broken)));
        Assert.That(broken, Is.Empty, $"{broken.Count} of {asked.Count} rules of {interactionId} do not hold:{Environment.NewLine}{string.Join(Environment.NewLine, broken)}");
    }

    [Then("the request sets View and Store to {string} for accessor Everyone")]
    public void SetsViewAndStore(string permission)
    {
        var permissions = AcsPayloadXml.ReadPermissions(WrapperRules.Payloads(Sent().Message.ControlActEvent).FirstOrDefault())
            ?? throw new AssertionException("The request carries no setResourcePermissionsRequest/permissions.");
        Assert.That(permissions.Assertions.Select(a => (a.FunctionCode, a.Permission, a.AccessorType, a.AccessorName)),
            Is.EquivalentTo(new[] { ("View", permission, "Everyone", "Everyone"), ("Store", permission, "Everyone", "Everyone") }));
        Assert.That(permissions.Assertions.Select(a => (a.ResourceType, a.ResourceId)), Has.All.EqualTo(("SCR", state.NhsNumber)));
    }

    /// <summary>A self-claimed LR's request itself carries the access reason, its text and the alert request (LR.md §9.1, §11.1).</summary>
    [Then("the request gives access reason {string} with the text {string} and asks for an alert")]
    public void GivesReasonAndAsksForAlert(string accessReason, string text)
    {
        var payload = Sent().Message.ControlActEvent?.Descendants(V3 + "CreateRequest").FirstOrDefault();
        var request = Hl7.Lr.LrPayloadXml.ReadCreateRequest(payload) ?? throw new AssertionException("The request carries no CreateRequest.");
        Assert.Multiple(() =>
        {
            Assert.That(request.Reason?.ReasonCode?.Code, Is.EqualTo(accessReason), "pertinentInformation/pertinentLRReason/reasonCode: the access reason");
            Assert.That(request.Reason?.ReasonCode?.CodeSystem, Is.EqualTo(Hl7.Lr.LrVocabulary.AccessReasonCode.CodeSystem), "the access reason's code system (AccessReasonCode)");
            Assert.That(request.Reason?.Text, Is.EqualTo(text), "pertinentLRReason/text: the clinician's words");
            Assert.That(request.AlertCode?.Code, Is.EqualTo("True"),
                "reason/justifyingAlertRequest/code: a self-claimed LR asks for a privacy-officer alert in the request itself");
            Assert.That(request.AlertCode?.CodeSystem, Is.EqualTo(Hl7.Lr.LrVocabulary.AlertCode.CodeSystem), "the alert request's code system (AlertCode)");
        });
    }

    [Then("the request is valid against the run's schemas")]
    public void ValidAgainstTheSchemas()
    {
        var interaction = Sent().Message.Interaction ?? throw new AssertionException("The request has no HL7 interaction in its SOAP Body.");
        var report = schemas.Validate(interaction);
        evidence.AttachReport($"Schema validation report ({schemas.Name})", report);
        Assert.That(report.Errors, Is.Empty, report.ToString());
    }

    [Then("^the request passes every Spine rule for (.*)$")]
    public void PassesEveryRule(string interactionId)
    {
        var (sent, interaction, _) = Profile();
        Assert.That(interaction.InteractionId, Is.EqualTo(interactionId), "the request is another interaction");
        var validator = (sent.IsEbxml ? ValidationProfiles.AsyncPayload(interactionId, strict: true) : ValidationProfiles.Conformance(interaction))
            ?? ValidationProfiles.SyncEnvelope;
        var report = validator.Validate(new MessageUnderTest(sent.Message, SoapActionOf(sent), interaction));
        var rules = new ValidationReport(report.Findings.Where(f => f.Layer != ValidationLayer.Schema).ToList());
        evidence.AttachReport($"Rule report ({validator.Rules.Count} rules)", rules);
        Assert.That(rules.Errors, Is.Empty, rules.ToString());
    }

    /// <summary>
    /// The user who acted (the logged-in clinician, or the one the scenario acts as) and the system, each in its slot and
    /// under its own OID, so a cached user or an id under the wrong root is named as such.
    /// </summary>
    [Then("the request names the logged-in user and the system's ASID")]
    [Then("the request names the acting user, their role profile and the system's ASID")]
    public void NamesUserAndSystem() => RequestNames.Check(Sent(), state.ActingUser ?? Logged(environment.Identities), environment.Identities);

    private static SutUser Logged(TestIdentities identities) => new(identities.RoleProfileId.Value, identities.UserId.Value, identities.JobRole.Value);

    // LR's confirmation and details queries each have two SyncInteraction values (one per response); the first stands for the request.
    private static readonly IReadOnlyList<SyncInteraction> KnownInteractions =
        [.. AcsInteractions.All, .. Hl7.Lr.LrInteractions.Sync.DistinctBy(i => i.InteractionId)];

    private (SentRequest Sent, SyncInteraction Interaction, IReadOnlyList<MessageRule> Rules) Profile()
    {
        var sent = Sent();
        if (sent.IsEbxml)
        {
            var interactionId = sent.Entry.InteractionId ?? sent.Message.InteractionId ?? string.Empty;
            var validator = ValidationProfiles.AsyncPayload(interactionId, strict: true)
                ?? throw new AssertionException($"The request is '{interactionId}', not an asynchronous LR interaction.");
            var read = EbxmlReader.Read(sent.Entry.RequestContentType, sent.Entry.RequestBody);
            return (sent, new SyncInteraction(interactionId, read.Message.Header.Service, string.Empty, string.Empty, string.Empty, string.Empty), validator.Rules);
        }

        var interaction = KnownInteractions.SingleOrDefault(i => i.InteractionId == sent.Entry.InteractionId)
            ?? throw new AssertionException($"The request is '{sent.Entry.InteractionId}', not a synchronous ACS or LR interaction.");
        return (sent, interaction, ValidationProfiles.Conformance(interaction)!.Rules);
    }

    private static string? SoapActionOf(SentRequest sent) =>
        sent.IsEbxml ? EbxmlReader.Read(sent.Entry.RequestContentType, sent.Entry.RequestBody).Message.Header.SoapAction : sent.Entry.SoapAction;

    private List<JournalEntry> Inbound() => [.. state.Exchanges.Where(e => e.Direction == ExchangeDirection.Inbound)];

    // The request the last action sent: the ebXML request that opened the conversation, or the one synchronous request
    // (Spine's delivery of an earlier reply may be journaled in the same window; it is not the system's request).
    private SentRequest Sent()
    {
        var inbound = Inbound();
        var ebxml = inbound.FirstOrDefault(e => e.EbxmlMessageId is not null);
        return SentRequest.Read(ebxml ?? (inbound.Count == 1
            ? inbound[0]
            : throw new AssertionException($"Expected the last action to send one request to Spine about the patient; it sent {inbound.Count}.{state.Cause()}")));
    }
}
