using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Testing;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Validation.Tests;

public sealed class SchemaTests
{
    [Test]
    public void OurSchemas_Compile()
    {
        Assert.That(SpineSchemaSet.Schemas.IsCompiled, Is.True);
        Assert.That(SpineSchemaSet.FileNames, Does.Contain("acs-get.xsd"));
    }

    [Test]
    public void GetResponse_BuiltByUs_IsValid()
    {
        var document = AcsMessages.GetResponse(SampleRequests.ResponseContext(),
            new ResourcePermissions("9000000009", [AccessControlAssertion.ForScr("9000000009", AcsFunction.View, AcsPermission.No)]));

        Assert.That(SchemaValidator.Ours.Validate(SyncMessage.From(document)!.Interaction!), Is.Empty);
    }

    [Test]
    public void AcknowledgementError_BuiltByUs_IsValid()
    {
        var document = AcsMessages.Acknowledgement(AcsInteractions.Get, SampleRequests.ResponseContext(), AcknowledgementType.AE,
            [new DetectedIssue("400", Hl7Constants.PsisDetectedIssueCodeSystem, "Invalid Request")]);

        Assert.That(SchemaValidator.Ours.Validate(SyncMessage.From(document)!.Interaction!), Is.Empty);
    }

    [Test]
    public void GetResponse_WithAskPermissionMissingFunction_IsInvalid()
    {
        var document = AcsMessages.GetResponse(SampleRequests.ResponseContext(),
            new ResourcePermissions("9000000009", [new AccessControlAssertion("Maybe", "SCR", "9000000009", "Consent", "View")]));

        var findings = SchemaValidator.Ours.Validate(SyncMessage.From(document)!.Interaction!);

        Assert.That(findings.Single().XPath, Does.EndWith("crs:permission"));
        Assert.That(findings.Single().Actual, Is.EqualTo("'Maybe'"));
    }

    [Test]
    public void UnknownElement_IsReportedNotIgnored()
    {
        var element = new System.Xml.Linq.XElement(Hl7.Xml.SpineNamespaces.Hl7 + "NOT_AN_INTERACTION");

        Assert.That(SchemaValidator.Ours.Validate(element).Single().Message, Does.Contain("No schema"));
    }
}
