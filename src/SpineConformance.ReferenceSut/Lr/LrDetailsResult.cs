using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>The details query's answer: the patient's LRs, Simple (id, status, subject) or Complete (also type, author, reason, last change).</summary>
public sealed record LrDetailsResult(string? NhsNumber, IReadOnlyList<LrRelationshipView> Relationships)
{
    public static (LrDetailsResult, string)? From(LrResponse response) => response switch
    {
        LrResponse.Succeeded<SimpleLRList> simple => Shown(new(simple.Payload.Patient.Extension, simple.Payload.Details.Select(LrRelationshipView.From).ToList()), simple.Warnings),
        LrResponse.Succeeded<CompleteLRList> complete => Shown(new(complete.Payload.Patient.Extension, complete.Payload.Details.Select(LrRelationshipView.From).ToList()), complete.Warnings),
        _ => null,
    };

    private static (LrDetailsResult, string) Shown(LrDetailsResult result, IReadOnlyList<Hl7.Wrappers.DetectedIssue> warnings) =>
        (result, $"{result.Relationships.Count} legitimate relationship{(result.Relationships.Count == 1 ? string.Empty : "s")} found.{LrErrorText.Warnings(warnings)}");
}

/// <summary>One LR in a details answer; the Complete-only fields are <see langword="null"/> for a Simple answer.</summary>
public sealed record LrRelationshipView(string? LrId, string Status, string? StatusName, string? Since, LrPartyView Subject)
{
    public string? LrType { get; init; }

    public string? LrTypeName { get; init; }

    public string? ActiveFrom { get; init; }

    public LrPartyView? Author { get; init; }

    public string? AccessReason { get; init; }

    public string? Justification { get; init; }

    public string? LastStatusChangeReason { get; init; }

    public static LrRelationshipView From(SimpleDetails details) =>
        new(details.Id.Extension, details.Status.Code, LrVocabulary.LrCurrentStatus.DisplayNameOf(details.Status.Code), details.EffectiveTime, LrPartyView.From(details.Subject));

    public static LrRelationshipView From(CompleteDetails details) =>
        new(details.Id.Extension, details.Status.Code, LrVocabulary.LrCurrentStatus.DisplayNameOf(details.Status.Code), details.StatusSince, LrPartyView.From(details.Subject))
        {
            LrType = details.LrType.Code,
            LrTypeName = LrVocabulary.LrType.DisplayNameOf(details.LrType.Code),
            ActiveFrom = details.ActiveFrom,
            Author = LrPartyView.From(details.Author),
            AccessReason = details.Reason?.ReasonCode?.Code,
            Justification = details.Reason?.Text,
            LastStatusChangeReason = details.StatusChange?.ReasonCode.Code,
        };
}
