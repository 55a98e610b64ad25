namespace SpineConformance.Hl7.Lr;

/// <summary>The LR domain's code lists with their OIDs and display names (MIM 7.2.02 vocabularies; LR.md §10).</summary>
public static class LrVocabulary
{
    /// <summary>LRType: <c>CreateRequest.reasonCode</c> and <c>completeDetails.reasonCode</c>.</summary>
    public static LrCodeList LrType { get; } = new("LRType", "2.16.840.1.113883.2.1.3.2.4.16.11",
    [
        new("01", "Subject Access Request"),
        new("02", "Responding to Patient Complaint"),
        new("03", "Granted to Colleague by User"),
        new("04", "Express consent"),
        new("05", "Court Order"),
        new("06", "Referral"),
        new("07", "Patient Registration"),
        new("08", "Self Claimed Relationship"),
        new("09", "Patient Self-referral"),
        new("10", "Other"),
        new("11", "General Practice Registration"),
    ]);

    /// <summary>SCReasonCode: <c>SCRequest.reasonCode</c> and <c>sCDetails.reasonCode</c>. Codes 01–05 are retired in MIM 7.2.02.</summary>
    public static LrCodeList SCReasonCode { get; } = new("SCReasonCode", "2.16.840.1.113883.2.1.3.2.4.16.22",
    [
        new("01", "Referral Cancellation (Closure)") { Retired = true },
        new("02", "Workgroup Closure (Freeze)") { Retired = true },
        new("03", "Patient is deceased (Freeze)") { Retired = true },
        new("04", "Timed out through lack of use (Freeze)") { Retired = true },
        new("05", "Further Timed out (Closure)") { Retired = true },
        new("06", "Relationship Termination"),
        new("07", "Closure of Case"),
        new("08", "Referral acceptance"),
        new("09", "Referral rejection"),
        new("10", "Referral abandonment"),
        new("11", "Referral discharge"),
        new("12", "Patient registration"),
        new("13", "Patient deregistration"),
        new("14", "Self-referral cessation"),
        new("15", "Closure of Subject Access Request"),
    ]);

    /// <summary>AccessReasonCode: <c>LRReason.reasonCode</c> and <c>pertinentReasonTxt.reasonCode</c>.</summary>
    public static LrCodeList AccessReasonCode { get; } = new("AccessReasonCode", "2.16.840.1.113883.2.1.3.2.4.17.7",
    [
        new("01", "Public interest"),
        new("02", "Required by statute"),
        new("03", "Court order"),
        new("04", "Best interests of patient"),
        new("05", "Justified through Health & Social Care Act regulations"),
        new("06", "Other"),
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
        new("01", "Active"),
        new("02", "Inactive"),
        new("03", "Frozen"),
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
        new("True", "Yes"),
        new("False", "Dont Know"),
    ]);

    /// <summary>ConfirmationRespType: the Query Confirmation's <c>response.Type</c>; 01 selects the Short response, 02 the History one.</summary>
    public static LrCodeList ConfirmationRespType { get; } = new("ConfirmationRespType", "2.16.840.1.113883.2.1.3.2.4.17.9",
    [
        new("01", "Short"),
        new("02", "Historic"),
    ]);

    /// <summary>DetailsRespType: the Query Details' <c>response.Type</c>; 01 selects the Simple response, 02 the Complete one.</summary>
    public static LrCodeList DetailsRespType { get; } = new("DetailsRespType", "2.16.840.1.113883.2.1.3.2.4.17.10",
    [
        new("01", "Simple"),
        new("02", "Comprehensive"),
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
        new("01", "Standard"),
        new("02", "Long Term Care"),
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
        new("01", "Add User To Workgroup"),
        new("02", "Remove User From Workgroup"),
    ]);

    /// <summary>SDSObservationType: <c>identifiedWorkgroupsOnly</c> (01), <c>alreadyAMember</c> (02), <c>wasNotAMember</c> (03).</summary>
    public static LrCodeList SdsObservationType { get; } = new("SDSObservationType", "2.16.840.1.113883.2.1.3.2.4.17.131",
    [
        new("01", "Identified workgroups only"),
        new("02", "Already a member of the identified workgroup"),
        new("03", "Was not a member of the identified workgroup"),
    ]);

    /// <summary>LRResponseCodes (older FailureReasonCode): the LR business error codes. Their concepts are in the EIS, not public, so no codes are listed.</summary>
    public const string LrResponseCodes = Wrappers.Hl7Constants.LrResponseCodeSystem;

    public static IReadOnlyList<LrCodeList> All { get; } =
    [
        LrType, SCReasonCode, AccessReasonCode, LrCurrentStatus, DissentOverride, AlertCode, ConfirmationRespType, DetailsRespType,
        DetectedIssueQualifier, WorkgroupType, WorkgroupAttribute, WorkgroupStatus, SdsRegistrationType, SdsObservationType,
    ];
}
