using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Testing;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Lr;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Tests.Rules;

/// <summary>
/// Where the specifications allow more than one form, every rule and the schema accept each: a quoted or bare SOAPAction,
/// text/xml with or without charset, a creationTime with or without an offset, any listed versionCode, a Set of one
/// function or both. A conformant system may send either, so no check may fail it for its choice.
/// </summary>
public sealed class AllowedFormsTests
{
    private static readonly XNamespace V3 = Hl7.Xml.SpineNamespaces.Hl7;

    private static IEnumerable<TestCaseData> Forms()
    {
        foreach (var (name, build, interaction) in new (string, Func<OutgoingRequest, XDocument>, SyncInteraction)[]
        {
            ("Get", o => SampleRequests.Get(outgoing: o), AcsInteractions.Get),
            ("Set", o => SampleRequests.Set(outgoing: o), AcsInteractions.Set),
            ("Has", o => SampleRequests.Has(outgoing: o), AcsInteractions.Has),
        })
        {
            yield return new TestCaseData(build(SampleRequests.Outgoing()), interaction, $"\"{interaction.Action}\"").SetArgDisplayNames(name, "quoted SOAPAction");
            yield return new TestCaseData(build(SampleRequests.Outgoing() with { CreationTime = "20261122101500+0000" }), interaction, interaction.Action)
                .SetArgDisplayNames(name, "creationTime with offset");
            yield return new TestCaseData(build(SampleRequests.Outgoing() with { CreationTime = "20261122101500-0100" }), interaction, interaction.Action)
                .SetArgDisplayNames(name, "creationTime with a negative offset");
            yield return new TestCaseData(build(SampleRequests.Outgoing() with { VersionCode = Hl7Constants.VersionCode4200 }), interaction, interaction.Action)
                .SetArgDisplayNames(name, "versionCode V3NPfIT4.2.00");
            yield return new TestCaseData(build(SampleRequests.Outgoing() with { To = "https://127.0.0.1:5000/syncservice-lrs/acf" }), interaction, interaction.Action)
                .SetArgDisplayNames(name, "wsa:To the other sync path");
        }

        yield return new TestCaseData(
            AcsMessages.SetRequest(SampleRequests.Outgoing(), SetResourcePermissionsRequest.ForPatient("9434765919", AcsPermission.No, AcsFunction.View)),
            AcsInteractions.Set, AcsInteractions.Set.Action).SetArgDisplayNames("Set", "View only");
        yield return new TestCaseData(
            AcsMessages.SetRequest(SampleRequests.Outgoing(), SetResourcePermissionsRequest.ForPatient("9434765919", AcsPermission.Yes, AcsFunction.Store)),
            AcsInteractions.Set, AcsInteractions.Set.Action).SetArgDisplayNames("Set", "Store only");
    }

    [TestCaseSource(nameof(Forms))]
    public void Validate_AnAllowedForm_PassesEveryRuleAndTheSchema(XDocument request, SyncInteraction interaction, string soapActionHeader)
    {
        var report = ValidationProfiles.Conformance(interaction)!.Validate(new MessageUnderTest(SyncMessage.From(request)!, soapActionHeader, interaction));

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [TestCase("text/xml; charset=utf-8")]
    [TestCase("text/xml")]
    [TestCase("text/xml;charset=UTF-8")]
    [TestCase("text/xml; charset=\"utf-8\"")]
    public void ContentType_TextXmlWithOrWithoutCharset_IsAccepted(string contentType) =>
        Assert.That(SyncContentType.Problem(contentType), Is.Null);

    [Test]
    public void ContentType_AnotherCharset_IsStillRefused() =>
        Assert.That(SyncContentType.Problem("text/xml; charset=iso-8859-1"), Does.Contain("charset=iso-8859-1"));

    [Test]
    public void Validate_SetWithAVersionCodeOutsideTheList_IsStillRefused()
    {
        var request = SampleRequests.Set(outgoing: SampleRequests.Outgoing() with { VersionCode = "V3NPfIT6.2.00" });

        var report = ValidationProfiles.Conformance(AcsInteractions.Set)!.Validate(new MessageUnderTest(SyncMessage.From(request)!, AcsInteractions.Set.Action, AcsInteractions.Set));

        Assert.That(report.Findings.Select(f => f.RuleId), Does.Contain("ACS-SET-VERSION-CODE"));
    }

    [Test]
    public void Validate_SetWithAListedVersionCodeBetweenSpaces_IsAccepted_AsTheSchemaCollapsesThem()
    {
        var request = SampleRequests.Set(outgoing: SampleRequests.Outgoing() with { VersionCode = " V3NPfIT3.0 " });

        var report = ValidationProfiles.Conformance(AcsInteractions.Set)!.Validate(new MessageUnderTest(SyncMessage.From(request)!, AcsInteractions.Set.Action, AcsInteractions.Set));

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [TestCase("V3NPfIT 3.0")]
    [TestCase("V3NPfIT3.0\tx")]
    public void Validate_GetWithSpacesInsideItsVersionCode_IsRefusedByTheVersionCodeRule(string versionCode)
    {
        var request = SampleRequests.Get(outgoing: SampleRequests.Outgoing() with { VersionCode = versionCode });

        var report = ValidationProfiles.Conformance(AcsInteractions.Get)!.Validate(new MessageUnderTest(SyncMessage.From(request)!, AcsInteractions.Get.Action, AcsInteractions.Get));

        Assert.That(report.Findings.Where(f => f.Layer != ValidationLayer.Schema).Select(f => f.RuleId), Is.EqualTo(new[] { "SYNC-WRAP-VERSION-CODE" }), report.ToString());
    }

    [TestCase("202611221015")]
    [TestCase("20261122101500")]
    [TestCase("20261122101500+0000")]
    public void LrCreate_CreationTimeAtEachAllowedLength_PassesEveryRuleAndTheSchema(string creationTime)
    {
        var payload = LrSampleRequests.Create();
        payload.Root!.Element(V3 + "creationTime")!.SetAttributeValue("value", creationTime);
        var message = LrMessageUnderTest.From(payload, Hl7.Lr.LrInteractions.RequestCreateLr.SoapAction)!;

        var report = LrValidationProfiles.Conformance(message.Interaction.InteractionId)!.Validate(message);

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [Test]
    public void LrCreate_CreationTimeWithAFraction_IsRefusedByTheLengthRule()
    {
        var payload = LrSampleRequests.Create();
        payload.Root!.Element(V3 + "creationTime")!.SetAttributeValue("value", "20261122101500.123");
        var message = LrMessageUnderTest.From(payload, Hl7.Lr.LrInteractions.RequestCreateLr.SoapAction)!;

        Assert.That(LrValidationProfiles.Conformance(message.Interaction.InteractionId)!.Validate(message).Findings.Select(f => f.RuleId), Does.Contain("LR-CREATE-CREATION-TIME"));
    }
}
