namespace SpineConformance.Hl7.Lr;

/// <summary>The LR domain's code lists with their OIDs and display names (MIM 7.2.02 vocabularies; LR.md §10).</summary>
public static partial class LrVocabulary
{
    /// <summary>LRType: <c>CreateRequest.reasonCode</c> and <c>completeDetails.reasonCode</c>.</summary>
    public static LrCodeList LrType { get; } = new("LRType", "2.16.840.1.113883.2.1.3.2.4.16.11",
    [
        new(LrTypes.SubjectAccessRequest, "Subject Access Request"),
        new(LrTypes.PatientComplaint, "Responding to Patient Complaint"),
        new(LrTypes.GrantedToColleague, "Granted to Colleague by User"),
        new(LrTypes.ExpressConsent, "Express consent"),
        new(LrTypes.CourtOrder, "Court Order"),
        new(LrTypes.Referral, "Referral"),
        new(LrTypes.PatientRegistration, "Patient Registration"),
        new(LrTypes.SelfClaimed, "Self Claimed Relationship"),
        new(LrTypes.PatientSelfReferral, "Patient Self-referral"),
        new(LrTypes.Other, "Other"),
        new(LrTypes.GeneralPracticeRegistration, "General Practice Registration"),
    ]);

    /// <summary>SCReasonCode: <c>SCRequest.reasonCode</c> and <c>sCDetails.reasonCode</c>. Codes 01–05 are retired in MIM 7.2.02.</summary>
    public static LrCodeList SCReasonCode { get; } = new("SCReasonCode", "2.16.840.1.113883.2.1.3.2.4.16.22",
    [
        new(SCReasons.ReferralCancellation, "Referral Cancellation (Closure)") { Retired = true },
        new(SCReasons.WorkgroupClosure, "Workgroup Closure (Freeze)") { Retired = true },
        new(SCReasons.PatientDeceased, "Patient is deceased (Freeze)") { Retired = true },
        new(SCReasons.TimedOut, "Timed out through lack of use (Freeze)") { Retired = true },
        new(SCReasons.FurtherTimedOut, "Further Timed out (Closure)") { Retired = true },
        new(SCReasons.RelationshipTermination, "Relationship Termination"),
        new(SCReasons.ClosureOfCase, "Closure of Case"),
        new(SCReasons.ReferralAcceptance, "Referral acceptance"),
        new(SCReasons.ReferralRejection, "Referral rejection"),
        new(SCReasons.ReferralAbandonment, "Referral abandonment"),
        new(SCReasons.ReferralDischarge, "Referral discharge"),
        new(SCReasons.PatientRegistration, "Patient registration"),
        new(SCReasons.PatientDeregistration, "Patient deregistration"),
        new(SCReasons.SelfReferralCessation, "Self-referral cessation"),
        new(SCReasons.ClosureOfSubjectAccessRequest, "Closure of Subject Access Request"),
    ]);

    /// <summary>AccessReasonCode: <c>LRReason.reasonCode</c> and <c>pertinentReasonTxt.reasonCode</c>.</summary>
    public static LrCodeList AccessReasonCode { get; } = new("AccessReasonCode", "2.16.840.1.113883.2.1.3.2.4.17.7",
    [
        new("01", "Public interest"),
        new("02", "Required by statute"),
        new("03", "Court order"),
        new("04", "Best interests of patient"),
        new("05", "Justified through Health & Social Care Act regulations"),
        new(AccessReasons.Other, "Other"),
        new("07", "Express consent to research given"),
        new("08", "Express consent to clinical audit given"),
        new("09", "Express consent to financial audit given"),
        new("10", "Express consent to other audit given"),
        new("11", "Express consent to public health investigation given"),
        new("12", "Express consent given for the purposes of service management"),
        new("13", "Express consent given in order to respond to patient enquiry"),
        new("14", "Express consent given for other purpose(s)"),
        new("15", "A colleague outside the team is responding to a patient referral"),
        new("16", "patient self-referral"),
        new("17", "registered patient"),
        new("18", "express patient consent to access"),
        new("19", "subject access request"),
        new("20", "court order or other legal demand"),
        new("21", "patient complaint / litigation"),
    ]);

    /// <summary>LRCurrentStatus: the status in details responses and <c>ConfirmHistory.code</c>.</summary>
    public static LrCodeList LrCurrentStatus { get; } = new("LRCurrentStatus", "2.16.840.1.113883.2.1.3.2.4.17.108",
    [
        new(LrStatuses.Active, "Active"),
        new(LrStatuses.Inactive, "Inactive"),
        new(LrStatuses.Frozen, "Frozen"),
    ]);

    /// <summary>DissentOverride (MIM 7.2.02 meanings; the older NHSVocab_4200 gives 4 and 5 other meanings, LR.md §10.5).</summary>
    public static LrCodeList DissentOverride { get; } = new("DissentOverride", "2.16.840.1.113883.2.1.3.2.4.17.60",
    [
        new("0", "No override"),
        new("1", "Access made in the public interest"),
        new("2", "Access required by statute"),
        new("3", "Access required by Court Order"),
        new("4", "Query for update"),
        new("5", "Override dissent with temporary patient consent"),
    ]);

    /// <summary>AlertCode: <c>justifyingAlertRequest/code</c> in a create request.</summary>
    public static LrCodeList AlertCode { get; } = new("AlertCode", "2.16.840.1.113883.2.1.3.2.4.17.8",
    [
        new(Alerts.Yes, "Yes"),
        new(Alerts.DontKnow, "Dont Know"),
    ]);

    /// <summary>ConfirmationRespType: the Query Confirmation's <c>response.Type</c>; 01 selects the Short response, 02 the History one.</summary>
    public static LrCodeList ConfirmationRespType { get; } = new("ConfirmationRespType", "2.16.840.1.113883.2.1.3.2.4.17.9",
    [
        new(ResponseTypes.Brief, "Short"),
        new(ResponseTypes.Full, "Historic"),
    ]);

    /// <summary>DetailsRespType: the Query Details' <c>response.Type</c>; 01 selects the Simple response, 02 the Complete one.</summary>
    public static LrCodeList DetailsRespType { get; } = new("DetailsRespType", "2.16.840.1.113883.2.1.3.2.4.17.10",
    [
        new(ResponseTypes.Brief, "Simple"),
        new(ResponseTypes.Full, "Comprehensive"),
    ]);

    /// <summary>DetectedIssueQualifier: the qualifier on LR error codes.</summary>
    public static LrCodeList DetectedIssueQualifier { get; } = new("DetectedIssueQualifier", "2.16.840.1.113883.2.1.3.2.4.17.104",
    [
        new("ER", "Error"),
        new("WG", "Warning"),
        new("IF", "For Information"),
    ]);

    public static LrCodeList WorkgroupType { get; } = new("WorkgroupType", "2.16.840.1.113883.2.1.3.2.4.17.181",
    [
        new(WorkgroupTypes.Standard, "Standard"),
        new(WorkgroupTypes.LongTermCare, "Long Term Care"),
    ]);

    public static LrCodeList WorkgroupAttribute { get; } = new("WorkgroupAttribute", "2.16.840.1.113883.2.1.3.2.4.17.182",
    [
        new("WGN", "Workgroup name"),
        new("WGS", "Workgroup status"),
    ]);

    public static LrCodeList WorkgroupStatus { get; } = new("WorkgroupStatus", "2.16.840.1.113883.2.1.3.2.4.17.184",
    [
        new("01", "Open"),
        new("02", "Frozen"),
        new("03", "Closed"),
    ]);

    /// <summary>SDSRegistrationType: the <c>code</c> of the add/remove requests and (assumed, LR.md §16.7) their responses.</summary>
    public static LrCodeList SdsRegistrationType { get; } = new("SDSRegistrationType", "2.16.840.1.113883.2.1.3.2.4.17.130",
    [
        new(RegistrationTypes.AddUserToWorkgroup, "Add User To Workgroup"),
        new(RegistrationTypes.RemoveUserFromWorkgroup, "Remove User From Workgroup"),
    ]);

    /// <summary>SDSObservationType: <c>identifiedWorkgroupsOnly</c> (01), <c>alreadyAMember</c> (02), <c>wasNotAMember</c> (03).</summary>
    public static LrCodeList SdsObservationType { get; } = new("SDSObservationType", "2.16.840.1.113883.2.1.3.2.4.17.131",
    [
        new(ObservationTypes.IdentifiedWorkgroupsOnly, "Identified workgroups only"),
        new(ObservationTypes.AlreadyAMember, "Already a member of the identified workgroup"),
        new(ObservationTypes.WasNotAMember, "Was not a member of the identified workgroup"),
    ]);

    /// <summary>LRResponseCodes (older FailureReasonCode): the LR business error codes. Their concepts are in the EIS, not public, so no codes are listed.</summary>
    public const string LrResponseCodes = Wrappers.Hl7Constants.LrResponseCodeSystem;

    public static IReadOnlyList<LrCodeList> All { get; } =
    [
        LrType, SCReasonCode, AccessReasonCode, LrCurrentStatus, DissentOverride, AlertCode, ConfirmationRespType, DetailsRespType,
        DetectedIssueQualifier, WorkgroupType, WorkgroupAttribute, WorkgroupStatus, SdsRegistrationType, SdsObservationType,
    ];
}
