namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The <c>query</c> of Workgroup Member Query Request (<c>QUPC_MT040000UK01</c>, LR.md §9.8): one or more workgroup ids.
/// The user whose memberships are returned is presumably the control act author (LR.md §16.5).
/// </summary>
public sealed record WorkgroupMemberQuery(IReadOnlyList<Hl7Id> WorkgroupCodes)
{
    public static WorkgroupMemberQuery For(params string[] workgroupIds) => new(workgroupIds.Select(LrIdentifiers.Workgroup).ToList());
}
