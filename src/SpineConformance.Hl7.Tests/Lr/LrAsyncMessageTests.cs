using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Lr;

public sealed class LrAsyncMessageTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    [Test]
    public void CreateRequest_RoundTrip_KeepsEveryField()
    {
        var sent = LrSamples.Create();
        var message = LrSamples.Reparse(LrMessages.CreateRequest(LrSamples.AsyncRequest(), sent));

        var read = LrPayloadXml.ReadCreateRequest(Payload(message, "CreateRequest"))!;

        Assert.Multiple(() =>
        {
            AssertSameXml(LrPayloadXml.Write(read), LrPayloadXml.Write(sent));
            Assert.That(read.ReasonCode, Is.EqualTo(sent.ReasonCode));
            Assert.That(read.Subject, Is.EqualTo(LrSamples.Clinician));
            Assert.That(read.Patient, Is.EqualTo(LrIdentifiers.Patient(LrSamples.NhsNumber)));
            Assert.That(((LrAgent.RequestingUser)read.Author).WorkgroupIds, Is.EqualTo(new[] { LrIdentifiers.Workgroup(LrSamples.Workgroup) }));
            Assert.That(read.EffectiveTime, Is.EqualTo("20271231235959"));
            Assert.That(read.Reason, Is.EqualTo(sent.Reason));
            Assert.That(read.AlertCode, Is.EqualTo(sent.AlertCode));
        });
    }

    [Test]
    public void CreateRequest_Wire_IsTriggerEventWithSubject()
    {
        var message = LrMessages.CreateRequest(LrSamples.AsyncRequest(), LrSamples.Create());
        var controlAct = message.Element(V3 + "ControlActEvent")!;
        var subject = controlAct.Element(V3 + "subject")!;

        Assert.Multiple(() =>
        {
            Assert.That(message.Name, Is.EqualTo(V3 + "REPC_IN010000UK15"));
            Assert.That(message.Element(V3 + "interactionId")!.Attribute("extension")!.Value, Is.EqualTo("REPC_IN010000UK15"));
            Assert.That(message.Element(V3 + "interactionId")!.Attribute("root")!.Value, Is.EqualTo("2.16.840.1.113883.2.1.3.2.4.12"));
            Assert.That(message.Element(V3 + "acknowledgement"), Is.Null, "requests use MCCI_MT010101UK12, which has no acknowledgement");
            Assert.That(controlAct.Element(V3 + "author"), Is.Not.Null);
            Assert.That(controlAct.Element(V3 + "query"), Is.Null);
            Assert.That(subject.Attribute("typeCode")!.Value, Is.EqualTo("SUBJ"));
            Assert.That(subject.Attribute("contextConductionInd")!.Value, Is.EqualTo("false"));
            Assert.That(subject.Element(V3 + "CreateRequest")!.Element(V3 + "reasonCode")!.Attribute("codeSystem")!.Value, Is.EqualTo("2.16.840.1.113883.2.1.3.2.4.16.11"));
            Assert.That(subject.Descendants(V3 + "justifyingAlertRequest").Single().Element(V3 + "code")!.Attribute("codeSystem")!.Value, Is.EqualTo("2.16.840.1.113883.2.1.3.2.4.17.8"));
        });
    }

    [Test]
    public void StatusChangeRequest_RoundTrip_KeepsEveryField()
    {
        var sent = LrSamples.StatusChange();
        var message = LrSamples.Reparse(LrMessages.StatusChangeRequest(LrSamples.AsyncRequest(), sent));

        var read = LrPayloadXml.ReadSCRequest(Payload(message, "SCRequest"))!;

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(sent));
            Assert.That(message.Descendants(V3 + "pertinentLR").Single().Element(V3 + "id")!.Attribute("root")!.Value, Is.EqualTo(LrIdentifiers.LrRecordRoot));
            Assert.That(message.Descendants(V3 + "agentDeviceSDS").Single().Element(V3 + "id")!.Attribute("root")!.Value, Is.EqualTo("1.2.826.0.1285.0.2.0.107"));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public void WorkgroupMembershipRequest_RoundTrip_KeepsEveryField(bool add)
    {
        var sent = add ? LrSamples.AddMember() : LrSamples.RemoveMember();
        var built = add ? LrMessages.AddUserToWorkgroupRequest(LrSamples.AsyncRequest(), sent) : LrMessages.RemoveUserFromWorkgroupRequest(LrSamples.AsyncRequest(), sent);
        var payloadName = add ? "AddToWorkgroupRequest" : "RemoveFromWorkgroupRequest";
        var message = LrSamples.Reparse(built);

        var read = LrPayloadXml.ReadWorkgroupMembershipRequest(Payload(message, payloadName))!;

        Assert.Multiple(() =>
        {
            Assert.That(read, Is.EqualTo(sent));
            Assert.That(message.Name.LocalName, Is.EqualTo(add ? "REPC_IN130002UK01" : "REPC_IN130004UK01"));
            Assert.That(read.Code.Code, Is.EqualTo(add ? "01" : "02"));
            Assert.That(message.Descendants(V3 + "agentOrganizationSDS").Single().Element(V3 + "id")!.Attribute("root")!.Value, Is.EqualTo(LrIdentifiers.WorkgroupRoot));
        });
    }

    [Test]
    public void ConfirmLrCreated_Wire_AcknowledgesTheRequest()
    {
        var message = LrSamples.Reparse(LrMessages.ConfirmLrCreated(LrSamples.AsyncResponse(), LrSamples.LrId));
        var controlAct = message.Element(V3 + "ControlActEvent")!;

        Assert.Multiple(() =>
        {
            Assert.That(message.Name.LocalName, Is.EqualTo("REPC_IN020000UK13"));
            Assert.That(message.Element(V3 + "acknowledgement")!.Attribute("typeCode")!.Value, Is.EqualTo("AA"));
            Assert.That(message.Descendants(V3 + "messageRef").Single().Element(V3 + "id")!.Attribute("root")!.Value,
                Is.EqualTo(SampleRequests.Outgoing().Hl7MessageId));
            Assert.That(message.Element(V3 + "communicationFunctionRcv")!.Descendants(V3 + "id").Single().Attribute("extension")!.Value,
                Is.EqualTo(SampleRequests.SenderAsid), "the answer goes back to the requester");
            Assert.That(controlAct.Element(V3 + "author"), Is.Null);
            Assert.That(controlAct.Element(V3 + "author1")!.Descendants(V3 + "id").Single().Attribute("extension")!.Value, Is.EqualTo(SampleRequests.SpineAsid));
            Assert.That(message.Element(V3 + "versionCode")!.Attribute("code")!.Value, Is.EqualTo("V3NPfIT4.2.00"));
        });

        var read = (LrResponse.Succeeded<CreationResponseConfirm>)LrResponseReader.Read(message);
        Assert.That(read.Payload.Id, Is.EqualTo(new Hl7Id("2.16.840.1.113883.2.1.3.2.4.18.3", LrSamples.LrId)));
    }

    [Test]
    public void ConfirmStatusChange_Read_ReturnsTheLrId()
    {
        var read = LrResponseReader.Read(LrSamples.Reparse(LrMessages.ConfirmStatusChange(LrSamples.AsyncResponse(), LrSamples.LrId)));

        Assert.That(read, Is.EqualTo(new LrResponse.Succeeded<SCConfirm>("REPC_IN050000UK13", SCConfirm.For(LrSamples.LrId), [])).Using<LrResponse>(SameSuccess));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void WorkgroupMembershipResponse_Read_KeepsTheFlag(bool add)
    {
        var sent = add ? WorkgroupMembershipResponse.Added("100000000011", alreadyAMember: true) : WorkgroupMembershipResponse.Removed("100000000011", wasNotAMember: true);
        var built = add
            ? LrMessages.AddUserToWorkgroupResponse(LrSamples.AsyncResponse(), sent)
            : LrMessages.RemoveUserFromWorkgroupResponse(LrSamples.AsyncResponse(), sent);

        var read = (LrResponse.Succeeded<WorkgroupMembershipResponse>)LrResponseReader.Read(LrSamples.Reparse(built));

        Assert.Multiple(() =>
        {
            Assert.That(read.Payload, Is.EqualTo(sent));
            Assert.That(read.InteractionId, Is.EqualTo(add ? "REPC_IN130003UK01" : "REPC_IN130005UK01"));
            Assert.That(built.Descendants(V3 + (add ? "alreadyAMember" : "wasNotAMember")).Single().Element(V3 + "value")!.Attribute("value")!.Value, Is.EqualTo("true"));
        });
    }

    private static bool SameSuccess(LrResponse a, LrResponse b) =>
        a is LrResponse.Succeeded<SCConfirm> x && b is LrResponse.Succeeded<SCConfirm> y
        && x.InteractionId == y.InteractionId && x.Payload == y.Payload && x.Warnings.SequenceEqual(y.Warnings);

    internal static XElement Payload(XElement interaction, string name) =>
        interaction.Element(V3 + "ControlActEvent")!.Element(V3 + "subject")!.Element(V3 + name)!;

    internal static void AssertSameXml(XElement actual, XElement expected) =>
        Assert.That(XNode.DeepEquals(actual, expected), Is.True, () => $"Expected{Environment.NewLine}{expected}{Environment.NewLine}but was{Environment.NewLine}{actual}");
}
