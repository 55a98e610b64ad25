using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// A Workgroup Member Query as the SDS service answers it (LR.md §9.8), read once from a validated
/// <see cref="WorkgroupMemberQuery"/> by <see cref="LrRequestReader.ReadWorkgroupMembers"/>: the workgroups asked about. The user
/// is the control act's author, which the exchange already carries.
/// </summary>
public sealed record LrWorkgroupMembersRequest(IReadOnlyList<WorkgroupId> Workgroups);
