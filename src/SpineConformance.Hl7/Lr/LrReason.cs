namespace SpineConformance.Hl7.Lr;

/// <summary>
/// Why an LR was asked for: <c>pertinentLRReason</c> in a create request, <c>pertinentReasonTxt</c> in a complete details
/// response. A standard access reason (AccessReasonCode) is required for the manual LR types 03, 04 and 08; free text is
/// required when the access reason is 06 Other.
/// </summary>
public sealed record LrReason(string? Text, Hl7Code? ReasonCode)
{
    public static LrReason Of(string accessReasonCode, string? text = null) =>
        new(text, LrVocabulary.AccessReasonCode.Coded(accessReasonCode));
}
