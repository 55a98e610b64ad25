using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Validation.Tests.LrRules;

public sealed partial class LrRulesTests
{
    [Test]
    public void Validate_BatchWithOneBadNhsNumber_NamesThatPatientByPosition()
    {
        var document = LrMessages.QueryBatchConfirmation(SampleRequests.Outgoing(),
            BatchConfirmationQuery.For(LrSampleRequests.Parameters(), Some.NhsNumber().Value, Some.NhsNumberWithWrongCheckDigit(), Some.NhsNumber().Value));
        var second = document.Descendants(SpineNamespaces.Hl7 + "patient.id").ElementAt(1).Element(SpineNamespaces.Hl7 + "value")!;

        var report = Validate(document, LrInteractions.QueryBatchConfirmation.Action);

        var finding = report.Findings.Single(f => f.RuleId == "LR-BATCH-NHS-NUMBER");
        Assert.That(finding.XPath, Is.EqualTo(XmlPath.Of(second) + "/@extension"));
        Assert.That(finding.XPath, Does.Contain("/hl7:patient.id[2]/hl7:value/@extension"));
    }

    [Test]
    public void Validate_BatchWithAParameterMissingItsText_NamesThatParameterByPosition()
    {
        var document = LrMessages.QueryBatchConfirmation(SampleRequests.Outgoing(),
            BatchConfirmationQuery.For(LrSampleRequests.Parameters(), Some.NhsNumber().Value, Some.NhsNumber().Value, Some.NhsNumber().Value));
        var third = document.Descendants(SpineNamespaces.Hl7 + "patient.id").ElementAt(2);
        third.Element(SpineNamespaces.Hl7 + "semanticsText")!.Remove();

        var report = Validate(document, LrInteractions.QueryBatchConfirmation.Action);

        var finding = report.Findings.Single(f => f.RuleId == "LR-BATCH-SEMANTICS-TEXT");
        Assert.That(finding.XPath, Is.EqualTo(XmlPath.Of(third) + "/hl7:semanticsText"));
    }

    [Test]
    public void Validate_BatchOverSpinesLimit_IsRefusedWithTheCount()
    {
        var patients = Enumerable.Range(0, 10_001).Select(_ => Some.NhsNumber().Value).ToArray();
        var document = LrMessages.QueryBatchConfirmation(SampleRequests.Outgoing(), BatchConfirmationQuery.For(LrSampleRequests.Parameters(), patients));

        var report = Validate(document, LrInteractions.QueryBatchConfirmation.Action);

        var finding = report.Findings.Single(f => f.RuleId == "LR-BATCH-PATIENTS");
        Assert.That(finding.Actual, Is.EqualTo("10001"));
    }
}
