using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Lr;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Tests.LrRules;

public sealed partial class LrRulesTests
{
    // Where one change must trip two rules: an over-long or short NHS number is also not a valid one, and a query with no
    // workgroupCode left is an empty payload.
    private static readonly Dictionary<string, string> KnownCompanions = new(StringComparer.Ordinal)
    {
        ["LR-CREATE-PATIENT-ID-TOO-LONG"] = "LR-CREATE-NHS-NUMBER",
        ["LR-SC-PATIENT-ID-LENGTH"] = "LR-SC-NHS-NUMBER",
        ["LR-WG-QUERY-WORKGROUP-CODE"] = WrapperRules.PayloadPresent.Id,
    };

    [TestCaseSource(nameof(Cases))]
    public void Validate_BrokenMessage_TripsNoOtherRule(BrokenGetRequests.Breakage broken)
    {
        var others = Validate(broken.Build(), broken.SoapAction).Findings
            .Where(f => f.Layer != ValidationLayer.Schema && f.RuleId != broken.RuleId)
            .Select(f => f.RuleId)
            .Where(id => KnownCompanions.GetValueOrDefault(broken.RuleId) != id);

        Assert.That(others, Is.Empty);
    }

    [Test]
    public void AsyncProfiles_LeaveOutTheSoapHeaderRules()
    {
        var soapOnly = TransportRules.All.Append(WrapperRules.ReceiverConsistent).Append(WrapperRules.SenderConsistent).ToList();

        foreach (var interaction in LrInteractions.Async)
        {
            Assert.That(LrValidationProfiles.RulesFor(interaction.InteractionId)!.Intersect(soapOnly), Is.Empty, interaction.InteractionId);
        }
    }

    [Test]
    public void Validate_BrokenAsyncPayload_PointsIntoTheBarePayloadWithLine()
    {
        var broken = Cases().Single(c => c.RuleId == "LR-CREATE-PATIENT-ID-ROOT");
        var reparsed = HardenedXml.Load(broken.Build().ToString()).Document!;

        var finding = Validate(reparsed, broken.SoapAction).Findings.Single(f => f.RuleId == broken.RuleId);

        Assert.That(finding.XPath, Is.EqualTo("/hl7:REPC_IN010000UK15/hl7:ControlActEvent/hl7:subject/hl7:CreateRequest/hl7:recordTarget/hl7:patient/hl7:id/@root"));
        Assert.That(finding.Actual, Is.EqualTo("'2.16.840.1.113883.2.1.4.3'"));
        Assert.That(finding.Line, Is.GreaterThan(1));
    }

    [Test]
    public void Validate_MissingPart_NamesTheMissingStepsUnderTheDeepestFound()
    {
        var broken = Cases().Single(c => c.RuleId == "LR-SC-AUTHOR-USER-ID");

        var finding = Validate(broken.Build(), broken.SoapAction).Findings.Single(f => f.RuleId == broken.RuleId);

        Assert.That(finding.XPath, Does.EndWith("hl7:SCRequest/hl7:author/hl7:AgentPersonSDS/hl7:agentPersonSDS/hl7:id"));
        Assert.That(finding.Actual, Is.EqualTo("(absent)"));
    }

    [Test]
    public void Validate_CreateWithNoAccessReasonForType08_IsRejectedWithoutCrashing()
    {
        var document = LrSampleRequests.Create();
        var payload = BrokenLrRequests.Interaction(document).Descendants(SpineNamespaces.Hl7 + "CreateRequest").Single();
        payload.Element(SpineNamespaces.Hl7 + "reasonCode")!.SetAttributeValue("code", "08");
        payload.Element(SpineNamespaces.Hl7 + "pertinentInformation")!.Remove();

        var report = Validate(document, LrInteractions.RequestCreateLr.SoapAction);

        Assert.That(report.Errors.Select(f => f.RuleId), Is.EquivalentTo(new[] { "LR-CREATE-ACCESS-REASON-REQUIRED" }));
    }

    [Test]
    public void MessageUnderTest_ForAnUnknownActionOrAQueryWithoutEnvelope_IsNull()
    {
        var bare = new XDocument(BrokenLrRequests.Interaction(LrSampleRequests.Confirmation()));

        Assert.That(LrMessageUnderTest.From(LrSampleRequests.Create(), "urn:nhs:names:services:lrs/REPC_IN990000UK15"), Is.Null);
        Assert.That(LrMessageUnderTest.From(bare, LrInteractions.QueryConfirmationShort.Action), Is.Null);
    }

    [Test]
    public void LrRules_OnAMessageWithNoControlAct_ReportNothingThemselves()
    {
        var message = LrMessageUnderTest.From(new XDocument(new XElement(SpineNamespaces.Hl7 + "REPC_IN010000UK15")), LrInteractions.RequestCreateLr.SoapAction)!;

        var report = LrValidationProfiles.Conformance(LrInteractions.RequestCreateLrId)!.Validate(message);

        Assert.That(report.IsValid, Is.False);
        Assert.That(report.Errors.Where(f => f.RuleId.StartsWith("LR-", StringComparison.Ordinal)), Is.Empty);
        Assert.That(report.Errors.Select(f => f.RuleId), Does.Contain(WrapperRules.ControlActEvent.Id));
    }

    [Test]
    public void SpineProfile_ForAQuery_SkipsHeaderToBodyConsistencyButConformanceDoesNot()
    {
        var document = LrSampleRequests.Confirmation(SampleRequests.Outgoing() with { HeaderSenderAsid = "200000000102" });
        var message = LrMessageUnderTest.From(document, LrInteractions.QueryConfirmationShort.Action)!;

        Assert.That(LrValidationProfiles.Spine(LrInteractions.QueryConfirmationId)!.Validate(message).IsValid, Is.True);
        Assert.That(LrValidationProfiles.Conformance(LrInteractions.QueryConfirmationId)!.Validate(message).Errors.Single().RuleId,
            Is.EqualTo(WrapperRules.SenderConsistent.Id));
    }

    [TestCase("LR-CREATE-LR-TYPE-NASP-ONLY")]
    [TestCase("LR-SC-REASON-CODE-KNOWN")]
    public void SpineProfile_LeavesBusinessRefusalsToTheSimulator(string ruleId)
    {
        var broken = Cases().Single(c => c.RuleId == ruleId);
        var message = LrMessageUnderTest.From(broken.Build(), broken.SoapAction)!;

        Assert.That(LrValidationProfiles.Spine(message.Interaction.InteractionId)!.Validate(message).IsValid, Is.True);
        Assert.That(LrValidationProfiles.Conformance(message.Interaction.InteractionId)!.Validate(message).Errors.Single().RuleId, Is.EqualTo(ruleId));
    }

    [Test]
    public void SpineProfile_ForABatch_LeavesABadNhsNumberToTheInlineAnswer()
    {
        var broken = Cases().Single(c => c.RuleId == LrBatchQueryRules.NhsNumberValid.Id);
        var message = LrMessageUnderTest.From(broken.Build(), broken.SoapAction)!;

        Assert.That(LrValidationProfiles.Spine(LrInteractions.QueryBatchConfirmationId)!.Validate(message).IsValid, Is.True);
        Assert.That(LrValidationProfiles.Conformance(LrInteractions.QueryBatchConfirmationId)!.Validate(message).IsValid, Is.False);
    }
}
