using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Acs;

public sealed class GetResourcePermissionsMessageTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    [Test]
    public void GetRequest_RoundTrip_KeepsEveryField()
    {
        var document = Reparse(SampleRequests.Get("9434765919"));
        var message = SyncMessage.From(document)!;

        Assert.Multiple(() =>
        {
            Assert.That(message.MessageId, Is.EqualTo("uuid:5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10"));
            Assert.That(message.Action, Is.EqualTo("urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01"));
            Assert.That(message.To, Is.EqualTo("http://127.0.0.1:5000/sync-service"));
            Assert.That(message.HeaderReceiverAsid, Is.EqualTo(SampleRequests.SpineAsid));
            Assert.That(message.HeaderSenderAsid, Is.EqualTo(SampleRequests.SenderAsid));
            Assert.That(message.Interaction!.Name, Is.EqualTo(V3 + "GET_RESOURCE_PERMISSIONS_INUK01"));
            Assert.That(message.InteractionId, Is.EqualTo("GET_RESOURCE_PERMISSIONS_INUK01"));
            Assert.That(message.Hl7Id, Is.EqualTo("0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21"));
            Assert.That(message.BodyReceiverAsid, Is.EqualTo(SampleRequests.SpineAsid));
            Assert.That(message.BodySenderAsid, Is.EqualTo(SampleRequests.SenderAsid));
        });

        var payload = message.ControlActEvent!.Element(SpineNamespaces.Crs + "getResourcePermissionsRequest");
        var request = AcsPayloadXml.ReadGetRequest(payload)!;
        Assert.That(request, Is.EqualTo(GetResourcePermissionsRequest.ForPatient("9434765919")).Using<GetResourcePermissionsRequest>(SameRequest));
    }

    [Test]
    public void GetRequest_Authors_CarrySdsIdentifiers()
    {
        var controlAct = SyncMessage.From(SampleRequests.Get())!.ControlActEvent!;
        var agent = controlAct.Element(V3 + "author")!.Element(V3 + "AgentPersonSDS")!;

        Assert.Multiple(() =>
        {
            Assert.That(agent.Element(V3 + "id")!.Attribute("extension")!.Value, Is.EqualTo("100000000001"));
            Assert.That(agent.Element(V3 + "agentPersonSDS")!.Element(V3 + "id")!.Attribute("root")!.Value, Is.EqualTo("1.2.826.0.1285.0.2.0.65"));
            Assert.That(agent.Descendants(V3 + "partSDSRole").Single().Element(V3 + "id")!.Attribute("extension")!.Value, Is.EqualTo("R8000"));
            Assert.That(controlAct.Elements(V3 + "author1").Single().Descendants(V3 + "id").Single().Attribute("extension")!.Value,
                Is.EqualTo(SampleRequests.SenderAsid));
        });
    }

    [Test]
    public void GetResponse_RoundTrip_ReturnsAssertions()
    {
        var held = new ResourcePermissions("9000000009",
        [
            AccessControlAssertion.ForScr("9000000009", AcsFunction.View, AcsPermission.No),
            AccessControlAssertion.ForScr("9000000009", AcsFunction.Store, AcsPermission.Yes),
        ]);

        var read = AcsResponseReader.Read(SoapEnvelope.ToBytes(AcsMessages.GetResponse(SampleRequests.ResponseContext(), held)));

        var returned = (AcsResponse.PermissionsReturned)read;
        Assert.Multiple(() =>
        {
            Assert.That(returned.Permissions.NhsNumber, Is.EqualTo("9000000009"));
            Assert.That(returned.Permissions.Assertions, Is.EqualTo(held.Assertions));
            Assert.That(returned.Permissions.PermissionFor(AcsFunction.View), Is.EqualTo(AcsPermission.No));
            Assert.That(returned.Permissions.PermissionFor(AcsFunction.Store), Is.EqualTo(AcsPermission.Yes));
        });
    }

    [Test]
    public void GetResponse_Wire_MatchesSpineShape()
    {
        var document = AcsMessages.GetResponse(SampleRequests.ResponseContext(), new ResourcePermissions("9434765919", []));
        var message = SyncMessage.From(document)!;
        var interaction = message.Interaction!;

        Assert.Multiple(() =>
        {
            Assert.That(message.BodyRoot!.Name, Is.EqualTo(V3 + "getResourcePermissionsResponse"));
            Assert.That(interaction.Name.LocalName, Is.EqualTo("GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01"));
            Assert.That(message.Action, Is.EqualTo("urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01"));
            Assert.That(message.RelatesTo, Is.EqualTo("uuid:5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10"));
            Assert.That(message.FromAddress, Is.EqualTo("https://lrs.national.ncrs.nhs.uk/syncservice"));
            Assert.That(message.To, Is.Empty);
            Assert.That(message.HeaderReceiverAsid, Is.EqualTo(SampleRequests.SenderAsid), "ASIDs are swapped in responses");
            Assert.That(interaction.Element(V3 + "acknowledgement")!.Attribute("typeCode")!.Value, Is.EqualTo("AA"));
            Assert.That(interaction.Descendants(V3 + "messageRef").Single().Element(V3 + "id")!.Attribute("root")!.Value,
                Is.EqualTo("0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21"), "messageRef is the request's HL7 id, not its wsa id");
            Assert.That(interaction.Descendants(V3 + "queryResponseCode").Single().Attribute("code")!.Value, Is.EqualTo("OK"));
            Assert.That(interaction.Descendants(SpineNamespaces.Crs + "accessControlAssertion"), Is.Empty);
        });
    }

    [Test]
    public void AcknowledgementError_RoundTrip_KeepsReasonsInOrder()
    {
        DetectedIssue[] reasons =
        [
            new("400", Hl7Constants.PsisDetectedIssueCodeSystem, "Invalid Request"),
            new("35506", Hl7Constants.PsisDetectedIssueCodeSystem, "35506-Invalid input message. Mandatory field Resource Ctx missing or incorrect."),
        ];
        var document = AcsMessages.Acknowledgement(AcsInteractions.Get, SampleRequests.ResponseContext(), AcknowledgementType.AE, reasons);

        var read = (AcsResponse.Acknowledged)AcsResponseReader.Read(SoapEnvelope.ToBytes(document));
        var message = SyncMessage.From(document)!;

        Assert.Multiple(() =>
        {
            Assert.That(read.Type, Is.EqualTo(AcknowledgementType.AE));
            Assert.That(read.Reasons, Is.EqualTo(reasons));
            Assert.That(read.ErrorText, Does.StartWith("400 Invalid Request; 35506"));
            Assert.That(message.BodyRoot!.Name.LocalName, Is.EqualTo("getResourcePermissionsResponse"));
            Assert.That(message.Interaction!.Name.LocalName, Is.EqualTo("MCCI_IN010000UK13"));
            Assert.That(message.Action, Is.EqualTo("urn:nhs:names:services:lrsquery/MCCI_IN010000UK13"));
            Assert.That(message.FromAddress, Is.EqualTo("https://lrs-sync.national.ncrs.nhs.uk/syncservice-lrs/acf"));
            Assert.That(message.Interaction.Element(V3 + "versionCode")!.Attribute("code")!.Value, Is.EqualTo("V3NPfIT4.2.00"));
        });
    }

    [Test]
    public void Reader_PayloadInNoNamespace_IsTolerated()
    {
        var document = AcsMessages.GetResponse(SampleRequests.ResponseContext(),
            new ResourcePermissions("9000000009", [AccessControlAssertion.ForScr("9000000009", AcsFunction.View, AcsPermission.No)]));
        foreach (var element in document.Descendants().Where(e => e.Name.Namespace == SpineNamespaces.Crs).ToList())
        {
            element.Name = XNamespace.None + element.Name.LocalName;
        }

        var read = (AcsResponse.PermissionsReturned)AcsResponseReader.Read(Reparse(document));

        Assert.That(read.Permissions.PermissionFor(AcsFunction.View), Is.EqualTo(AcsPermission.No));
    }

    [Test]
    public void Reader_QualifierAsValueElement_IsTolerated()
    {
        var document = AcsMessages.Acknowledgement(AcsInteractions.Get, SampleRequests.ResponseContext(), AcknowledgementType.AE,
            [new DetectedIssue("400", Hl7Constants.PsisDetectedIssueCodeSystem, "Invalid Request", "WG")]);
        var qualifier = document.Descendants(V3 + "qualifier").Single();
        qualifier.RemoveAttributes();
        qualifier.Add(new XElement(V3 + "value", new XAttribute("code", "WG")));

        var read = (AcsResponse.Acknowledged)AcsResponseReader.Read(document);

        Assert.That(read.Reasons.Single().Qualifier, Is.EqualTo("WG"));
    }

    [Test]
    public void Reader_NotXml_IsUnreadableWithReason()
    {
        var read = AcsResponseReader.Read("<html>Bad gateway"u8);

        Assert.That(read, Is.TypeOf<AcsResponse.Unreadable>());
        Assert.That(((AcsResponse.Unreadable)read).Reason, Does.Contain("not well-formed"));
    }

    private static XDocument Reparse(XDocument document) => HardenedXml.Load(SoapEnvelope.ToBytes(document)).Document!;

    private static bool SameRequest(GetResourcePermissionsRequest a, GetResourcePermissionsRequest b) =>
        a.ResourceContextRoot == b.ResourceContextRoot && a.NhsNumber == b.NhsNumber
        && a.Criteria?.FunctionContext == b.Criteria?.FunctionContext && a.Criteria?.FunctionCode == b.Criteria?.FunctionCode
        && (a.Criteria?.Resources ?? []).SequenceEqual(b.Criteria?.Resources ?? []);
}
