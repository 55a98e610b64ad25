using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Lr;

public sealed class LrRequestReaderTests
{
    [Test]
    public void ReadConfirmationQuery_SoapQuery_ReadsThePatientAndParameters()
    {
        var query = LrRequestReader.ReadConfirmationQuery(Sync(LrSampleRequests.Confirmation()))!;

        Assert.That(query.Patient.Extension, Is.EqualTo(LrSampleRequests.NhsNumber));
        Assert.That(query.ParameterList!.WorkgroupCodes.Select(w => w.Extension), Is.EqualTo(new[] { LrSampleRequests.Workgroup }));
    }

    [Test]
    public void ReadConfirmationQuery_AcsPayloadInstead_IsNone()
    {
        Assert.That(LrRequestReader.ReadConfirmationQuery(Sync(SampleRequests.Get())), Is.Null);
    }

    [Test]
    public void ReadStatusChangeRequest_EbxmlPayload_ReadsTheActUnderSubject()
    {
        var change = LrRequestReader.ReadStatusChangeRequest(Async(LrSampleRequests.StatusChange(), LrInteractions.RequestStatusChangeId))!;

        Assert.That(change.LrId.Extension, Is.EqualTo(LrSampleRequests.LrId));
        Assert.That(change.ReasonCode.Code, Is.EqualTo("11"));
        Assert.That(change.Patient.Extension, Is.EqualTo(LrSampleRequests.NhsNumber));
    }

    [Test]
    public void ReadCreateRequest_EbxmlPayload_ReadsThePatient()
    {
        var create = LrRequestReader.ReadCreateRequest(Async(LrSampleRequests.Create(), LrInteractions.RequestCreateLrId))!;

        Assert.That(create.Patient.Extension, Is.EqualTo(LrSampleRequests.NhsNumber));
    }

    [Test]
    public void PatientId_EbxmlPayload_IsTheRecordTargetsNhsNumber()
    {
        Assert.That(Async(LrSampleRequests.StatusChange(), LrInteractions.RequestStatusChangeId).PatientId, Is.EqualTo(LrSampleRequests.NhsNumber));
    }

    [Test]
    public void PatientId_AcsGet_IsTheResourceContext()
    {
        Assert.That(Sync(SampleRequests.Get("9434765919")).PatientId, Is.EqualTo("9434765919"));
    }

    private static SyncMessage Sync(XDocument document) => SyncMessage.From(HardenedXml.Load(SoapEnvelope.ToBytes(document)).Document!)!;

    private static SyncMessage Async(XDocument payload, string interactionId) =>
        SyncMessage.FromHl7Payload(XDocument.Parse(payload.ToString()), $"urn:nhs:names:services:lrs/{interactionId}")!;
}
