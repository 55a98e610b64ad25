using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// A Request Status Change as the LR service acts on it (LR.md §9.2), read once from a validated <see cref="SCRequest"/>
/// by <see cref="LrRequestReader.ReadStatusChange"/>: the LR, the patient it must belong to, why its status changes and
/// who asks.
/// </summary>
/// <param name="Reason">
/// The SCReasonCode as sent. Refusing a code <see cref="LrVocabulary.SCReasonCode"/> does not hold, or a retired one, is
/// Spine's business logic, not its validator's (LR.md §13, §15.1), so the code reaches the status model unjudged and the
/// status model answers it; <see cref="ReasonMeaning"/> is its meaning when the list holds it.
/// </param>
public sealed record LrStatusChangeRequest(LrId LrId, NhsNumber Patient, string Reason, LrAgent Author)
{
    public LrCodedValue? ReasonMeaning => LrVocabulary.SCReasonCode.Find(Reason);
}
