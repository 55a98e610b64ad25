using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Testing;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Tests;

public sealed class AcsRulesTests
{
    private static readonly MessageValidator Validator = ValidationProfiles.Conformance(AcsInteractions.Get)!;

    private static IEnumerable<BrokenGetRequests.Breakage> Cases() =>
        BrokenGetRequests.All().Concat(BrokenSetRequests.All()).Concat(BrokenHasRequests.All());

    private static IEnumerable<TestCaseData> Samples() =>
    [
        new TestCaseData(SampleRequests.Get(), AcsInteractions.Get).SetArgDisplayNames("Get"),
        new TestCaseData(SampleRequests.Set(), AcsInteractions.Set).SetArgDisplayNames("Set No"),
        new TestCaseData(SampleRequests.Set(permission: AcsPermission.Clear), AcsInteractions.Set).SetArgDisplayNames("Set Clear"),
        new TestCaseData(SampleRequests.Set(permission: AcsPermission.Yes), AcsInteractions.Set).SetArgDisplayNames("Set Yes"),
        new TestCaseData(SampleRequests.Has(), AcsInteractions.Has).SetArgDisplayNames("Has"),
    ];

    [TestCaseSource(nameof(Samples))]
    public void Validate_ValidSample_PassesEveryRule(System.Xml.Linq.XDocument sample, SyncInteraction interaction)
    {
        var report = ValidationProfiles.Conformance(interaction)!.Validate(new MessageUnderTest(SyncMessage.From(sample)!, interaction.Action, interaction));

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [TestCaseSource(nameof(Cases))]
    public void Validate_BrokenMessage_ReportsItsRuleAndFault(BrokenGetRequests.Breakage broken)
    {
        var interaction = AcsInteractions.All.Single(i => i.Action == broken.SoapAction);
        var report = ValidationProfiles.Conformance(interaction)!.Validate(
            new MessageUnderTest(SyncMessage.From(broken.Build())!, broken.SoapAction, interaction));

        var finding = report.Findings.FirstOrDefault(f => f.RuleId == broken.RuleId);
        Assert.That(finding, Is.Not.Null, $"Expected {broken.RuleId}; got:{Environment.NewLine}{report}");
        Assert.Multiple(() =>
        {
            Assert.That(finding!.FaultName, Is.EqualTo(broken.FaultName));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
            Assert.That(finding.XPath, Does.StartWith("/").Or.StartWith("HTTP"));
            Assert.That(finding.Expected, Is.Not.Empty);
            Assert.That(finding.Actual, Is.Not.Empty);
            Assert.That(report.IsValid, Is.False);
        });
    }

    [Test]
    public void EveryRule_HasABreakingCase()
    {
        var covered = Cases().Concat(BrokenLrRequests.All()).Select(c => c.RuleId).ToHashSet();

        Assert.That(ValidationProfiles.AllRules.Select(r => r.Id).Where(id => !covered.Contains(id)), Is.Empty);
    }

    [Test]
    public void SpineProfile_ForSet_SkipsConsistencyButConformanceDoesNot()
    {
        var document = SampleRequests.Set();
        BrokenGetRequests.BodyDeviceId(document, "communicationFunctionSnd").SetAttributeValue("extension", "200000000102");
        var message = new MessageUnderTest(SyncMessage.From(document)!, BrokenSetRequests.SetAction, AcsInteractions.Set);

        Assert.That(ValidationProfiles.Spine(AcsInteractions.Set)!.Validate(message).IsValid, Is.True);
        Assert.That(ValidationProfiles.Conformance(AcsInteractions.Set)!.Validate(message).Errors.Single().RuleId, Is.EqualTo("SYNC-WRAP-COMM-FUNC-SND"));
    }

    [Test]
    public void EveryRule_NamesItsFaultAndSource()
    {
        Assert.That(ValidationProfiles.AllRules.Where(r => string.IsNullOrEmpty(r.FaultName) || string.IsNullOrEmpty(r.Source)).Select(r => r.Id), Is.Empty);
    }

    [Test]
    public void Validate_WrongInteractionId_PointsAtTheAttributeWithLine()
    {
        var broken = Cases().Single(c => c.RuleId == "SYNC-WRAP-INTERACTION-ID");
        var reparsed = Hl7.Xml.HardenedXml.Load(SoapEnvelope.ToBytes(broken.Build())).Document!;

        var finding = Validate(reparsed).Findings.Single(f => f.RuleId == broken.RuleId);

        Assert.That(finding.XPath, Is.EqualTo("/SOAP-ENV:Envelope/SOAP-ENV:Body/hl7:GET_RESOURCE_PERMISSIONS_INUK01/hl7:interactionId/@extension"));
        Assert.That(finding.Actual, Is.EqualTo("'SET_RESOURCE_PERMISSIONS_INUK01'"));
        Assert.That(finding.Line, Is.GreaterThan(1));
    }

    [Test]
    public void Validate_LowerCaseHl7Id_FailsSchema()
    {
        var document = SampleRequests.Get();
        var id = SyncMessage.From(document)!.Interaction!.Element(Hl7.Xml.SpineNamespaces.Hl7 + "id")!;
        id.SetAttributeValue("root", id.Attribute("root")!.Value.ToLowerInvariant());

        var report = Validate(document);

        Assert.That(report.Findings.Single().RuleId, Is.EqualTo("SCHEMA"));
        Assert.That(report.Findings.Single().Layer, Is.EqualTo(ValidationLayer.Schema));
    }

    [Test]
    public void Validate_ThrowingRule_FailsClosed()
    {
        var crashing = new MessageRule("TEST-CRASH", null, ValidationLayer.Business, "crashes", _ => throw new InvalidOperationException("boom"));
        var validator = new MessageValidator([crashing], null);

        var report = validator.Validate(new MessageUnderTest(SyncMessage.From(SampleRequests.Get())!, BrokenGetRequests.GetAction, AcsInteractions.Get));

        Assert.That(report.IsValid, Is.False);
        Assert.That(report.Findings.Single().RuleId, Is.EqualTo(MessageValidator.RuleCrashedId));
        Assert.That(report.Findings.Single().Message, Does.Contain("TEST-CRASH").And.Contain("boom"));
    }

    [Test]
    public void DecidingErrors_AreTheEarliestLayers()
    {
        var document = SampleRequests.Get();
        BrokenGetRequests.Header(document, "To").Value = string.Empty;
        Cases().Single(c => c.RuleId == "ACS-GET-RESOURCE-TYPE").Break(document);

        var report = Validate(document);

        Assert.That(report.Errors.Select(f => f.Layer), Is.EquivalentTo(new[] { ValidationLayer.Transport, ValidationLayer.Business }));
        Assert.That(report.DecidingErrors.Single().RuleId, Is.EqualTo("SYNC-HDR-TO"));
    }

    private static ValidationReport Validate(System.Xml.Linq.XDocument document, string soapAction = BrokenGetRequests.GetAction) =>
        Validator.Validate(new MessageUnderTest(SyncMessage.From(document)!, soapAction, AcsInteractions.Get));
}
