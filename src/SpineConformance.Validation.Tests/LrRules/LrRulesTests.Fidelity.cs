using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Tests.LrRules;

/// <summary>Where MIM 7.2.02's official schemas decide (issue 18): identifier lengths and listed version codes.</summary>
public sealed partial class LrRulesTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    [Test]
    public void Validate_StatusChangeWithA20CharacterLrId_IsValid_AsTheOfficialSchemaAllows()
    {
        var report = Validate(StatusChangeWithLrId(new string('7', 20)), LrInteractions.RequestStatusChange.SoapAction);

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [Test]
    public void Validate_StatusChangeWithA21CharacterLrId_IsRefusedByTheLengthRule()
    {
        var report = Validate(StatusChangeWithLrId(new string('7', 21)), LrInteractions.RequestStatusChange.SoapAction);

        Assert.That(report.Findings.Select(f => f.RuleId), Does.Contain("LR-SC-LR-ID-LENGTH"));
    }

    [TestCase("V3NPfIT3.0")]
    [TestCase("V3NPfIT4.2.00")]
    [TestCase("3NPfIT7.2.02")]
    public void Validate_WorkgroupMemberQueryWithAListedVersionCode_IsValid(string versionCode)
    {
        var document = LrSampleRequests.WorkgroupMembers(SampleRequests.Outgoing() with { VersionCode = versionCode });

        Assert.That(Validate(document, LrInteractions.WorkgroupMemberQuery.Action).Findings, Is.Empty);
    }

    [Test]
    public void Validate_GetWithAnUnlistedVersionCode_IsNotRefusedForIt_AsGetsSchemaDoesNotRestrictIt()
    {
        var document = SampleRequests.Get();
        document.Descendants(V3 + "versionCode").Single().SetAttributeValue("code", "V3NPfIT6.2.00");
        var message = new MessageUnderTest(SyncMessage.From(document)!, AcsInteractions.Get.Action, AcsInteractions.Get);

        var report = ValidationProfiles.Conformance(AcsInteractions.Get)!.Validate(message);

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    private static XDocument StatusChangeWithLrId(string lrId) =>
        new(LrMessages.StatusChangeRequest(LrSampleRequests.AsyncContext(), SCRequest.For(LrVocabulary.SCReasons.ReferralDischarge, LrSampleRequests.NhsNumber, LrSampleRequests.Clinician, lrId)));
}
