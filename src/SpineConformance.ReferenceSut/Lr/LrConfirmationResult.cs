using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// The confirmation query's answer: whether an Active LR exists and, for the History response, the status of the LR
/// found (LRCurrentStatus) and since when (absent while active).
/// </summary>
public sealed record LrConfirmationResult(bool? ActiveLrExists, string? Status, string? StatusName, string? Since)
{
    public static (LrConfirmationResult, string)? From(LrResponse response) => response switch
    {
        LrResponse.Succeeded<LRExists> shortAnswer =>
            Shown(new(shortAnswer.Payload.Exists, null, null, null), shortAnswer.Warnings),
        LrResponse.Succeeded<ConfirmHistory> history =>
            Shown(new(history.Payload.ActiveExists, history.Payload.Code?.Code,
                LrVocabulary.LrCurrentStatus.DisplayNameOf(history.Payload.Code?.Code) ?? history.Payload.Code?.DisplayName, history.Payload.EffectiveTime), history.Warnings),
        _ => null,
    };

    private static (LrConfirmationResult, string) Shown(LrConfirmationResult result, IReadOnlyList<Hl7.Wrappers.DetectedIssue> warnings)
    {
        var sentence = result.ActiveLrExists switch
        {
            true => "An active legitimate relationship exists.",
            false => "No active legitimate relationship exists.",
            null => "Spine's answer did not say whether an active legitimate relationship exists.",
        };
        var status = result.Status is null ? string.Empty : $" The relationship found is {result.StatusName ?? result.Status}{(result.Since is null ? "" : $" since {result.Since}")}.";
        return (result, sentence + status + LrErrorText.Warnings(warnings));
    }
}
