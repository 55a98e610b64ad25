using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// A Query Batch Confirmation as the LR service answers it (LR.md §9.5), read once from a validated
/// <see cref="BatchConfirmationQuery"/> by <see cref="LrRequestReader.ReadBatchConfirmation"/>: each patient as sent with its
/// NHS number or why it is not one (answered inline, not refusing the batch), and the role profile and workgroups whose LRs count.
/// </summary>
/// <param name="RoleProfileId">
/// The role profile as sent: Create LR accepts a subject's role profile id of up to 12 characters of any kind (LR.md §10.7),
/// so an <see cref="SdsRoleProfileId"/> (twelve digits) would miss LRs Spine counts as the user's.
/// </param>
public sealed record LrBatchConfirmationRequest(IReadOnlyList<LrBatchPatient> Patients, string? RoleProfileId, IReadOnlyList<WorkgroupId> Workgroups);

/// <summary>One <c>patient.id</c> of a batch: the identifier as sent (echoed in a detected issue) and its NHS number, or why it has none.</summary>
public sealed record LrBatchPatient(Hl7Id Sent, ParseResult<NhsNumber> NhsNumber);
