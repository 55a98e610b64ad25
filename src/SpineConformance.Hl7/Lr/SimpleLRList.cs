namespace SpineConformance.Hl7.Lr;

/// <summary>The payload of LR Details - Simple Response (<c>REPC_MT090101UK32</c>): the patient and up to 1000 LRs in brief.</summary>
public sealed record SimpleLRList(Hl7Id Patient, IReadOnlyList<SimpleDetails> Details);

/// <summary>
/// One <c>simpleDetails</c>: the LR id, its current status (LRCurrentStatus), when it reached that status (absent when
/// active) and who the LR is with.
/// </summary>
public sealed record SimpleDetails(Hl7Id Id, Hl7Code Status, LrAgent Subject)
{
    public string? EffectiveTime { get; init; }
}
