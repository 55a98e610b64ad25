using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Testing;

namespace SpineConformance.Validation.Tests.Lr;

/// <summary>One message per LR interaction (and the two failures), as our builders produce them, by interaction element.</summary>
internal static class LrBuiltMessages
{
    private const string Patient = "9434765919";

    private static readonly LrAgent.Person Clinician = LrAgent.Person.Of("100000000011", "100000000012");

    private static readonly LrAgent.NamedWorkgroup Workgroup = new(LrIdentifiers.Workgroup("WG0000000001"), "Ward 7", "Example Trust");

    public static IEnumerable<TestCaseData> All() => Messages().Select(m => new TestCaseData(m.Build).SetArgDisplayNames(m.Name));

    public static IReadOnlyList<(string Name, Func<XElement> Build)> Messages() =>
    [
        ("REPC_IN010000UK15", () => LrMessages.CreateRequest(Request(), Create())),
        ("REPC_IN010000UK15 workgroup by system", () => LrMessages.CreateRequest(Request(), CreateRequest.For("06", LrAgent.Workgroup.Of("WG0000000001"), Patient, LrAgent.Device.Of(SampleRequests.SenderAsid)))),
        ("REPC_IN020000UK13", () => LrMessages.ConfirmLrCreated(Reply(), "LR0000000000000001")),
        ("REPC_IN040000UK15", () => LrMessages.StatusChangeRequest(Request(), SCRequest.For("11", Patient, Clinician, "LR0000000000000001"))),
        ("REPC_IN050000UK13", () => LrMessages.ConfirmStatusChange(Reply(), "LR0000000000000001")),
        ("QUPC_IN010000UK32", () => Body(LrMessages.QueryConfirmation(SampleRequests.Outgoing(), ConfirmationQuery.For(Patient, QueryParameterList.Of("100000000012", "100000000011", "WG0000000001"))))),
        ("QUPC_IN030000UK14", () => Body(LrMessages.ConfirmShort(SampleRequests.ResponseContext(), LRExists.Of(true)))),
        ("QUPC_IN040000UK30", () => Body(LrMessages.ConfirmHistory(SampleRequests.ResponseContext(), ConfirmHistory.Of(false, "03", "20260301120000")))),
        ("QUPC_IN020000UK17", () => Body(LrMessages.QueryDetails(SampleRequests.Outgoing(), DetailsQuery.For(Patient, complete: true) with
        {
            DissentOverride = DetailsQuery.Override("1", "Risk to others"), PeriodLow = "20260101", PeriodHigh = "20261231",
        }))),
        ("QUPC_IN060000UK32", () => Body(LrMessages.DetailsSimple(SampleRequests.ResponseContext(), new SimpleLRList(LrIdentifiers.Patient(Patient),
        [
            new SimpleDetails(LrIdentifiers.LrRecord("LR1"), LrVocabulary.LrCurrentStatus.Coded("01"), Clinician),
            new SimpleDetails(LrIdentifiers.LrRecord("LR2"), LrVocabulary.LrCurrentStatus.Coded("02"), Workgroup) { EffectiveTime = "20260301120000" },
        ])))),
        ("QUPC_IN070000UK32", () => Body(LrMessages.DetailsComplete(SampleRequests.ResponseContext(), new CompleteLRList(LrIdentifiers.Patient(Patient),
        [
            new CompleteDetails(LrIdentifiers.LrRecord("LR1"), LrVocabulary.LrCurrentStatus.Coded("02"), "20260101090000", LrVocabulary.LrType.Coded("08"), Workgroup, Clinician)
            {
                StatusSince = "20260201090000",
                StatusChange = new SCDetails(LrVocabulary.SCReasonCode.Coded("07"), LrAgent.Device.Of(SampleRequests.SenderAsid)),
                Reason = LrReason.Of("06", "Unconscious patient"),
            },
        ])))),
        ("QUPC_IN090000UK03", () => Body(LrMessages.QueryBatchConfirmation(SampleRequests.Outgoing(), BatchConfirmationQuery.For(QueryParameterList.Of("100000000012", "100000000011"), Patient, "9000000009")))),
        ("QUPC_IN250000UK02", () => Body(LrMessages.BatchResponse(SampleRequests.ResponseContext(), new ConfirmationList(
        [
            BatchConfirmation.LRStatus.Of(Patient, active: true),
            new BatchConfirmation.DetectedIssue(LrIdentifiers.Patient("9000000009"), new Hl7Code("99", LrVocabulary.LrResponseCodes, "Patient not found"), "ER"),
        ])))),
        ("QUPC_IN010102UK01", () => Body(LrMessages.IdentifyUserRoleProfilesQuery(SampleRequests.Outgoing(), UserRoleProfilesQuery.For("100000000012")))),
        ("QUPC_IN010103UK01", () => Body(LrMessages.UserRoleProfilesResponse(SampleRequests.ResponseContext(), new URPIDResponse(LrIdentifiers.User("100000000012"),
        [
            new UserRoleProfile(LrIdentifiers.RoleProfile("100000000011"), new Hl7Id("1.2.826.0.1285.0.1.10", "RX1"), "Example Trust",
                new Hl7Code("S0010:G0020:R0050", "1.2.826.0.1285.0.2.1.104"), [new WorkgroupReference(LrIdentifiers.Workgroup("WG0000000001"), "Ward 7")]),
        ])))),
        ("REPC_IN130002UK01", () => LrMessages.AddUserToWorkgroupRequest(Request(), WorkgroupMembershipRequest.Add(Clinician, "WG0000000001", "100000000001", true))),
        ("REPC_IN130003UK01", () => LrMessages.AddUserToWorkgroupResponse(Reply(), WorkgroupMembershipResponse.Added("100000000011", alreadyAMember: false))),
        ("REPC_IN130004UK01", () => LrMessages.RemoveUserFromWorkgroupRequest(Request(), WorkgroupMembershipRequest.Remove(Clinician, "WG0000000001", "100000000001", false))),
        ("REPC_IN130005UK01", () => LrMessages.RemoveUserFromWorkgroupResponse(Reply(), WorkgroupMembershipResponse.Removed("100000000011", wasNotAMember: true))),
        ("QUPC_IN041234UK01", () => Body(LrMessages.WorkgroupMemberQuery(SampleRequests.Outgoing(), WorkgroupMemberQuery.For("WG0000000001")))),
        ("REPC_IN130007UK01", () => Body(LrMessages.WorkgroupMemberResponse(SampleRequests.ResponseContext(), new WorkgroupMemberQueryResponse(
            [WorkgroupDetails.Of("WG0000000001", "Ward 7"), WorkgroupDetails.Of("WG2", "Long stay", "02", "03")])))),
        ("QUQI_IN010000UK14", () => Body(LrMessages.QueryActFailed(LrInteractions.QueryConfirmationShort, SampleRequests.ResponseContext(), [LrMessages.LrIssue("99", "Patient not found")]))),
        ("MCCI_IN010000UK13 AE", () => LrMessages.ApplicationAcknowledgement(Reply(), AcknowledgementType.AE, [LrMessages.LrIssue("99", "Patient not found")])),
        ("MCCI_IN010000UK13 AR", () => LrMessages.ApplicationAcknowledgementDetails(Reply(), AcknowledgementType.AR, [new DetectedIssue("1", Hl7Constants.AcknowledgementExceptionCodeSystem, "Access denied")])),
    ];

    public static CreateRequest Create() =>
        CreateRequest.For("04", Clinician, Patient, LrAgent.RequestingUser.Of("100000000001", "100000000002", "WG0000000001")) with
        {
            EffectiveTime = "20271231235959",
            Reason = LrReason.Of("06", "Patient asked for the audit team"),
            AlertCode = LrVocabulary.AlertCode.Coded("True"),
        };

    public static AsyncRequestContext Request() => AsyncRequestContext.From(SampleRequests.Outgoing());

    public static AsyncResponseContext Reply() => AsyncResponseContext.From(SampleRequests.ResponseContext());

    public static XElement Body(XDocument document) => SyncMessage.From(document)!.Interaction!;
}
