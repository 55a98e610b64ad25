namespace SpineConformance.ReferenceSut.Rbac;

/// <summary>What a user wants to do with legitimate relationships and workgroups; the RBAC policy grants each separately.</summary>
public enum LrAccess
{
    /// <summary>Create LRs, change their status, and ask about them: confirmation, details and batch confirmation.</summary>
    ManageRelationships,

    /// <summary>Act as a Workgroup Membership Administrator: look up a user's role profiles, add and remove workgroup members, list workgroups.</summary>
    AdministerWorkgroups,
}
