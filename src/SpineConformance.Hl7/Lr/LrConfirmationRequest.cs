using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// A Query Confirmation as the LR service answers it (LR.md §9.3), read once from a validated <see cref="ConfirmationQuery"/>
/// by <see cref="LrRequestReader.ReadConfirmation"/>: the patient's NHS number, the response asked for with its meaning
/// (<see cref="LrVocabulary.ConfirmationRespType"/>), and the role profile and workgroups whose LRs count.
/// </summary>
public sealed record LrConfirmationRequest(NhsNumber Patient, LrCodedValue ResponseType, string? RoleProfileId, IReadOnlyList<string> WorkgroupIds)
{
    /// <summary>Whether the History response (02) is asked for, rather than the Short one.</summary>
    public bool WantsHistory => ResponseType.Code == LrVocabulary.ResponseTypes.Full;
}
