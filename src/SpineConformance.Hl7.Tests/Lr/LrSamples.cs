using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Lr;

/// <summary>Well-formed LR payloads and contexts that use every optional part, so a round trip can lose nothing unnoticed.</summary>
internal static class LrSamples
{
    public const string NhsNumber = "9434765919";

    public const string LrId = "LR0000000000000001";

    public const string Workgroup = "WG0000000001";

    public static LrAgent.Person Clinician { get; } = LrAgent.Person.Of("100000000011", "100000000012");

    public static LrAgent.NamedWorkgroup NamedWorkgroup { get; } =
        new(LrIdentifiers.Workgroup(Workgroup), "A&E and Radiology", "Example Hospital NHS Trust") { OrganizationId = new Hl7Id("2.16.840.1.113883.2.1.4.3", "RX1") };

    public static AsyncRequestContext AsyncRequest() => AsyncRequestContext.From(SampleRequests.Outgoing());

    public static AsyncResponseContext AsyncResponse() => AsyncResponseContext.From(SampleRequests.ResponseContext());

    public static CreateRequest Create() =>
        CreateRequest.For("04", Clinician, NhsNumber, LrAgent.RequestingUser.Of("100000000001", "100000000002", Workgroup)) with
        {
            EffectiveTime = "20271231235959",
            Reason = LrReason.Of("06", "Patient asked for the audit team to see the record"),
            AlertCode = LrVocabulary.AlertCode.Coded("True"),
        };

    public static SCRequest StatusChange() => SCRequest.For("11", NhsNumber, LrAgent.Device.Of(SampleRequests.SenderAsid), LrId);

    public static ConfirmationQuery Confirmation(bool history = false) =>
        ConfirmationQuery.For(NhsNumber, QueryParameterList.Of("100000000002", "100000000001", Workgroup, "WG0000000002"), history);

    public static DetailsQuery Details(bool complete = false) =>
        DetailsQuery.For(NhsNumber, complete) with { DissentOverride = DetailsQuery.Override("1", "Risk to others"), PeriodLow = "20260101", PeriodHigh = "20261231" };

    public static SimpleLRList SimpleList() => new(LrIdentifiers.Patient(NhsNumber),
    [
        new SimpleDetails(LrIdentifiers.LrRecord(LrId), LrVocabulary.LrCurrentStatus.Coded("01"), Clinician),
        new SimpleDetails(LrIdentifiers.LrRecord("LR2"), LrVocabulary.LrCurrentStatus.Coded("02"), NamedWorkgroup) { EffectiveTime = "20260301120000" },
    ]);

    public static CompleteLRList CompleteList() => new(LrIdentifiers.Patient(NhsNumber),
    [
        new CompleteDetails(LrIdentifiers.LrRecord(LrId), LrVocabulary.LrCurrentStatus.Coded("02"), "20260101090000",
            LrVocabulary.LrType.Coded("08"), NamedWorkgroup, Clinician)
        {
            StatusSince = "20260201090000",
            StatusChange = new SCDetails(LrVocabulary.SCReasonCode.Coded("07"), LrAgent.Device.Of(SampleRequests.SenderAsid)),
            Reason = LrReason.Of("04", "Unconscious patient"),
        },
        new CompleteDetails(LrIdentifiers.LrRecord("LR2"), LrVocabulary.LrCurrentStatus.Coded("01"), "20260105090000",
            LrVocabulary.LrType.Coded("06"), Clinician, LrAgent.Device.Of(SampleRequests.SenderAsid)),
    ]);

    public static BatchConfirmationQuery Batch() =>
        BatchConfirmationQuery.For(QueryParameterList.Of("100000000002", "100000000001"), NhsNumber, "9000000009", "1234567890");

    public static ConfirmationList BatchAnswer() => new(
    [
        BatchConfirmation.LRStatus.Of(NhsNumber, active: true),
        BatchConfirmation.LRStatus.Of("9000000009", active: false),
        new BatchConfirmation.DetectedIssue(LrIdentifiers.Patient("1234567890"), new Hl7Code("99", LrVocabulary.LrResponseCodes, "Patient not found"), "ER"),
    ]);

    public static UserRoleProfilesQuery UrpQuery() =>
        UserRoleProfilesQuery.For("100000000012") with { OrganizationCode = new Hl7Id("1.2.826.0.1285.0.1.10", "RX1"), RoleProfileId = LrIdentifiers.RoleProfile("100000000011") };

    public static URPIDResponse UrpAnswer() => new(LrIdentifiers.User("100000000012"),
    [
        new UserRoleProfile(LrIdentifiers.RoleProfile("100000000011"), new Hl7Id("1.2.826.0.1285.0.1.10", "RX1"), "Example Hospital NHS Trust",
            new Hl7Code("S0010:G0020:R0050", "1.2.826.0.1285.0.2.1.104"),
            [new WorkgroupReference(LrIdentifiers.Workgroup(Workgroup), "Ward 7"), new WorkgroupReference(LrIdentifiers.Workgroup("WG2"), "Night team")]),
        new UserRoleProfile(LrIdentifiers.RoleProfile("100000000013"), new Hl7Id("1.2.826.0.1285.0.1.10", "RX2"), "Other Trust",
            new Hl7Code("R8000", "1.2.826.0.1285.0.2.1.104"), []),
    ]);

    public static WorkgroupMembershipRequest AddMember() => WorkgroupMembershipRequest.Add(Clinician, Workgroup, "100000000001", identifiedWorkgroupsOnly: true);

    public static WorkgroupMembershipRequest RemoveMember() => WorkgroupMembershipRequest.Remove(Clinician, Workgroup, "100000000001", identifiedWorkgroupsOnly: false);

    public static WorkgroupMemberQueryResponse Members() => new(
    [
        WorkgroupDetails.Of(Workgroup, "Ward 7"),
        WorkgroupDetails.Of("WG2", "Long stay", typeCode: "02", statusCode: "02"),
    ]);

    public static XDocument Reparse(XDocument document) => HardenedXml.Load(SoapEnvelope.ToBytes(document)).Document!;

    public static XElement Reparse(XElement element) => HardenedXml.Load(element.ToString()).Document!.Root!;
}
