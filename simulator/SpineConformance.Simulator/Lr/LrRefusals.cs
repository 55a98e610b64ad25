using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// How a refused LR request is answered: MCCI AE with one reason in the LR code system (LRResponseCodes,
/// <c>2.16.840.1.113883.2.1.3.2.4.17.12</c>). Spine's codes are not public (LR.md §12.1), so the code is the
/// refusal's name and the text says what was wrong.
/// </summary>
internal static class LrRefusals
{
    public static DetectedIssue Issue(LrRefusal refusal, string reason) => LrMessages.LrIssue(Code(refusal), reason);

    public static string Code(LrRefusal refusal) => refusal switch
    {
        LrRefusal.NotFound => "LR_NOT_FOUND",
        LrRefusal.PatientMismatch => "LR_PATIENT_MISMATCH",
        LrRefusal.Expired => "LR_EXPIRED",
        LrRefusal.InvalidTransition => "LR_INVALID_STATUS_TRANSITION",
        LrRefusal.RetiredReasonCode => "LR_RETIRED_REASON_CODE",
        LrRefusal.UnknownReasonCode => "LR_UNKNOWN_REASON_CODE",
        LrRefusal.Duplicate => "LR_DUPLICATE",
        LrRefusal.NaspOnlyType => "LR_TYPE_NASP_ONLY",
        _ => refusal.ToString(),
    };
}
