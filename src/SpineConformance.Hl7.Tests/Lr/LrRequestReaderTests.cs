using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Lr;

public sealed partial class LrRequestReaderTests
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
    public void ReadCreation_ExpressConsentSample_ReadsEveryFieldTyped()
    {
        var create = LrRequestReader.ReadCreation(Async(LrSampleRequests.Create(), LrInteractions.RequestCreateLrId)).Value;

        Assert.Multiple(() =>
        {
            Assert.That(create.Patient, Is.EqualTo(Hl7.Identifiers.NhsNumber.From(LrSampleRequests.NhsNumber)));
            Assert.That(create.LrType, Is.EqualTo(new LrCodedValue(LrVocabulary.LrTypes.ExpressConsent, "Express consent")));
            Assert.That(create.AccessReason?.Code, Is.EqualTo(LrVocabulary.AccessReasons.Other));
            Assert.That(create.AccessReason?.DisplayName, Is.EqualTo("Other"));
            Assert.That(create.Justification, Is.EqualTo("Patient asked for the audit team to see the record"));
            Assert.That(create.AlertRequested, Is.True);
            Assert.That(create.EffectiveUntil, Is.EqualTo(new DateTimeOffset(2027, 12, 31, 23, 59, 59, TimeSpan.Zero)));
            Assert.That(create.Subject, Is.EqualTo(LrSampleRequests.Clinician));
        });
    }

    [Test]
    public void ReadCreation_WorkgroupSubjectWithoutAlert_ReadsNoAlertAndNoExpiry()
    {
        var create = LrRequestReader.ReadCreation(Async(LrSampleRequests.CreateForWorkgroupBySystem(), LrInteractions.RequestCreateLrId)).Value;

        Assert.Multiple(() =>
        {
            Assert.That(create.Subject, Is.InstanceOf<LrAgent.Workgroup>());
            Assert.That(create.AlertRequested, Is.False);
            Assert.That(create.EffectiveUntil, Is.Null);
            Assert.That(create.AccessReason, Is.Null);
        });
    }

    [Test]
    public void ReadCreation_PatientNotAnNhsNumber_SaysWhy()
    {
        var read = LrRequestReader.ReadCreation(Async(WithPatient(LrSampleRequests.Create(), "9434765918"), LrInteractions.RequestCreateLrId));

        Assert.That(read.Error, Does.StartWith("The CreateRequest's patient:").And.Contain("check digit"));
    }

    [Test]
    public void ReadCreation_LrTypeNotInLrType_SaysWhich()
    {
        var document = LrSampleRequests.Create();
        Named(document, "reasonCode").First().SetAttributeValue("code", "99");

        var read = LrRequestReader.ReadCreation(Async(document, LrInteractions.RequestCreateLrId));

        Assert.That(read.Error, Is.EqualTo("The CreateRequest's LR type '99' is not an LRType code."));
    }

    [Test]
    public void ReadCreation_AnotherInteractionsPayload_SaysThereIsNoCreateRequest()
    {
        var read = LrRequestReader.ReadCreation(Async(LrSampleRequests.StatusChange(), LrInteractions.RequestStatusChangeId));

        Assert.That(read.Error, Is.EqualTo("The request carries no CreateRequest."));
    }

    [Test]
    public void ReadConfirmation_Sample_ReadsThePatientResponseTypeAndWorkgroupsTyped()
    {
        var query = LrRequestReader.ReadConfirmation(Sync(LrSampleRequests.Confirmation())).Value;

        Assert.Multiple(() =>
        {
            Assert.That(query.Patient, Is.EqualTo(Hl7.Identifiers.NhsNumber.From(LrSampleRequests.NhsNumber)));
            Assert.That(query.ResponseType, Is.EqualTo(new LrCodedValue(LrVocabulary.ResponseTypes.Brief, "Short")));
            Assert.That(query.WantsHistory, Is.False);
            Assert.That(query.WorkgroupIds, Is.EqualTo(new[] { LrSampleRequests.Workgroup }));
        });
    }

    [Test]
    public void ReadConfirmation_PatientNotAnNhsNumber_SaysWhy()
    {
        var read = LrRequestReader.ReadConfirmation(Sync(WithPatientValue(LrSampleRequests.Confirmation(), "12345")));

        Assert.That(read.Error, Does.StartWith("The query's patient.id:").And.Contain("12345"));
    }

    [Test]
    public void ReadDetails_SampleFor2026_CoversTheWholeYearAndAsksForComplete()
    {
        var details = LrRequestReader.ReadDetails(Sync(LrSampleRequests.Details())).Value;

        Assert.Multiple(() =>
        {
            Assert.That(details.Patient, Is.EqualTo(Hl7.Identifiers.NhsNumber.From(LrSampleRequests.NhsNumber)));
            Assert.That(details.PeriodFrom, Is.EqualTo(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(details.PeriodUntil, Is.EqualTo(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(details.ResponseType.DisplayName, Is.EqualTo("Comprehensive"));
            Assert.That(details.WantsComplete, Is.True);
        });
    }

    [Test]
    public void ReadDetails_NoPeriod_HasNone()
    {
        var details = LrRequestReader.ReadDetails(Sync(LrMessages.QueryDetails(SampleRequests.Outgoing(), DetailsQuery.For(LrSampleRequests.NhsNumber)))).Value;

        Assert.Multiple(() =>
        {
            Assert.That(details.PeriodFrom, Is.Null);
            Assert.That(details.PeriodUntil, Is.Null);
            Assert.That(details.WantsComplete, Is.False);
        });
    }

    [Test]
    public void ReadStatusChange_Sample_ReadsTheLrAndPatientTyped()
    {
        var change = LrRequestReader.ReadStatusChange(Async(LrSampleRequests.StatusChange(), LrInteractions.RequestStatusChangeId)).Value;

        Assert.Multiple(() =>
        {
            Assert.That(change.LrId, Is.EqualTo(Hl7.Identifiers.LrId.From(LrSampleRequests.LrId)));
            Assert.That(change.Patient, Is.EqualTo(Hl7.Identifiers.NhsNumber.From(LrSampleRequests.NhsNumber)));
            Assert.That(change.Reason, Is.EqualTo(LrVocabulary.SCReasons.ReferralDischarge));
            Assert.That(change.ReasonMeaning?.DisplayName, Is.EqualTo("Referral discharge"));
        });
    }

    [Test]
    public void ReadStatusChange_ReasonLrVocabularyLacks_IsReadForTheStatusModelToAnswer()
    {
        var document = LrSampleRequests.StatusChange();
        Named(document, "reasonCode").First().SetAttributeValue("code", "99");

        var change = LrRequestReader.ReadStatusChange(Async(document, LrInteractions.RequestStatusChangeId)).Value;

        Assert.Multiple(() =>
        {
            Assert.That(change.Reason, Is.EqualTo("99"));
            Assert.That(change.ReasonMeaning, Is.Null);
        });
    }

    [TestCase(20, true)]
    [TestCase(21, false)]
    public void ReadStatusChange_LrIdOfLength_IsReadUpToSpinesBound(int length, bool read)
    {
        var document = LrSampleRequests.StatusChange();
        Named(document, "pertinentLR").Single().Elements().Single(e => e.Name.LocalName == "id").SetAttributeValue("extension", new string('7', length));

        var change = LrRequestReader.ReadStatusChange(Async(document, LrInteractions.RequestStatusChangeId));

        Assert.That(change.Success, Is.EqualTo(read), change.Error);
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

    private static IEnumerable<XElement> Named(XDocument document, string localName) => document.Descendants().Where(e => e.Name.LocalName == localName);

    private static XDocument WithPatient(XDocument document, string nhsNumber)
    {
        Named(document, "patient").Single().Elements().Single(e => e.Name.LocalName == "id").SetAttributeValue("extension", nhsNumber);
        return document;
    }

    private static XDocument WithPatientValue(XDocument document, string nhsNumber)
    {
        Named(document, "patient.id").Single().Elements().Single(e => e.Name.LocalName == "value").SetAttributeValue("extension", nhsNumber);
        return document;
    }

    private static SyncMessage Sync(XDocument document) => SyncMessage.From(HardenedXml.Load(SoapEnvelope.ToBytes(document)).Document!)!;

    private static SyncMessage Async(XDocument payload, string interactionId) =>
        SyncMessage.FromHl7Payload(XDocument.Parse(payload.ToString()), $"urn:nhs:names:services:lrs/{interactionId}")!;
}
