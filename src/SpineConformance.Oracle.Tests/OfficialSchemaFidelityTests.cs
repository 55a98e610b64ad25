using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Oracle.Tests.Exchanges;
using SpineConformance.Oracle.Tests.Schemas;
using SpineConformance.Testing;
using SpineConformance.Validation;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Lr;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Oracle.Tests;

/// <summary>
/// The official schemas decide what our rules accept (issue 18): where a schema restricts versionCode, our rule says yes
/// and no to the same messages; an LR id the official schema accepts at 20 characters, ours does too.
/// </summary>
[Category("oracle")]
public sealed class OfficialSchemaFidelityTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    [SetUp]
    public void RequireSchemas() => OfficialSchemaFolder.RequireOrIgnore();

    [TestCase("V3NPfIT3.0", true)]
    [TestCase("3NPfIT7.2.02", true)]
    [TestCase("V3NPfIT6.2.00", false)]
    public void SetVersionCode_OurRuleAndTheOfficialSchemaAgree(string versionCode, bool listed)
    {
        var set = SampleRequests.Set(Some.NhsNumber().Value);
        set.Descendants(V3 + "versionCode").Single().SetAttributeValue("code", versionCode);

        var official = OfficialSchemaOracle.Validate(JournalMessage.InteractionOrNull(set)!, OfficialSchema.SetRequest);
        var ours = Validate(set, AcsInteractions.Set);

        Assert.That(official.Any(e => e.XPath.Contains("versionCode", StringComparison.Ordinal)), Is.EqualTo(!listed), string.Join("; ", official));
        Assert.That(ours.Findings.Any(f => f.RuleId == "ACS-SET-VERSION-CODE"), Is.EqualTo(!listed), ours.ToString());
    }

    [TestCase("V3NPfIT3.0", true)]
    [TestCase("V3NPfIT6.2.00", false)]
    public void WorkgroupMemberQueryVersionCode_OurRuleAndTheOfficialSchemaAgree(string versionCode, bool listed)
    {
        var query = LrSampleRequests.WorkgroupMembers(SampleRequests.Outgoing() with { VersionCode = versionCode });

        var official = OfficialSchemaOracle.Validate(JournalMessage.InteractionOrNull(query)!, OfficialSchema.WorkgroupMemberQuery);
        var ours = Validate(query, LrInteractions.WorkgroupMemberQuery);

        Assert.That(official.Any(e => e.XPath.Contains("versionCode", StringComparison.Ordinal)), Is.EqualTo(!listed), string.Join("; ", official));
        Assert.That(ours.Findings.Any(f => f.RuleId == "LR-WG-QUERY-VERSION-CODE"), Is.EqualTo(!listed), ours.ToString());
    }

    [Test]
    public void StatusChangeWithA20CharacterLrId_IsAcceptedByTheOfficialSchemaAndOurs()
    {
        var change = StatusChange(new string('7', 20));

        Assert.That(OfficialSchemaOracle.Validate(change, OfficialSchema.StatusChange), Is.Empty);
        Assert.That(ValidateStatusChange(change).Findings, Is.Empty);
    }

    [Test]
    public void StatusChangeWithA21CharacterLrId_IsRefusedByOurLengthRuleAlone()
    {
        // pertinentLR/id is a plain II in the official schema: no length at all. The bound of 20 is Spine 2's (LR.md §10.7).
        var change = StatusChange(new string('7', 21));

        Assert.That(OfficialSchemaOracle.Validate(change, OfficialSchema.StatusChange), Is.Empty);
        Assert.That(ValidateStatusChange(change).Findings.Select(f => f.RuleId), Does.Contain("LR-SC-LR-ID-LENGTH"));
    }

    private static XElement StatusChange(string lrId) => LrMessages.StatusChangeRequest(LrSampleRequests.AsyncContext(),
        SCRequest.For(LrVocabulary.SCReasons.ReferralDischarge, LrSampleRequests.NhsNumber, LrSampleRequests.Clinician, lrId));

    private static ValidationReport ValidateStatusChange(XElement change) =>
        LrValidationProfiles.Conformance(LrInteractions.RequestStatusChangeId)!
            .Validate(LrMessageUnderTest.From(new XDocument(change), LrInteractions.RequestStatusChange.SoapAction)!);

    private static ValidationReport Validate(XDocument document, SyncInteraction interaction) =>
        ValidationProfiles.Conformance(interaction)!.Validate(new MessageUnderTest(SyncMessage.From(document)!, interaction.Action, interaction));
}
