namespace SpineConformance.Hl7.Lr;

/// <summary>
/// Who an LR is with, or who asked: the role choices of the LR payloads, each written under its MIM element name.
/// Which choices a participation allows is the schema's business (an <see cref="OtherPerson"/> is never processed by
/// Spine), so tests can build a forbidden choice and see it rejected.
/// </summary>
public abstract record LrAgent
{
    private LrAgent()
    {
    }

    /// <summary><c>AgentPersonSDS</c> (UKCT_MT120301UK02): a user acting in one role profile (URP).</summary>
    public sealed record Person(Hl7Id RoleProfileId, Hl7Id UserId) : LrAgent
    {
        public static Person Of(string urpId, string userId) => new(LrIdentifiers.RoleProfile(urpId), LrIdentifiers.User(userId));
    }

    /// <summary>
    /// <c>AgentPerson</c> in a create request's author: the requesting user, with the workgroups they act for
    /// (<c>representedOrganization/id</c>, root <c>…0.109</c>) when they give any.
    /// </summary>
    public sealed record RequestingUser(Hl7Id RoleProfileId, Hl7Id UserId, IReadOnlyList<Hl7Id> WorkgroupIds) : LrAgent
    {
        public static RequestingUser Of(string urpId, string userId, params string[] workgroupIds) =>
            new(LrIdentifiers.RoleProfile(urpId), LrIdentifiers.User(userId), workgroupIds.Select(LrIdentifiers.Workgroup).ToList());

        /// <summary>Whether the user named any workgroups; without any, <c>representedOrganization</c> is left out.</summary>
        public bool HasWorkgroups => WorkgroupIds.Count > 0;
    }

    /// <summary><c>AgentDeviceSDS</c> (UKCT_MT120701UK02): an application acting on its own, identified by its ASID.</summary>
    public sealed record Device(Hl7Id SystemId) : LrAgent
    {
        public static Device Of(string asid) => new(LrIdentifiers.System(asid));
    }

    /// <summary>
    /// <c>AgentOrgSDS</c> (UKCT_MT120501UK02): a workgroup as the subject of a create request or the target of a membership
    /// change. The agent <see cref="AgentId"/> and <see cref="Code"/> are optional and may be ignored by Spine.
    /// </summary>
    public sealed record Workgroup(Hl7Id WorkgroupId) : LrAgent
    {
        public Hl7Id? AgentId { get; init; }

        public Hl7Code? Code { get; init; }

        public static Workgroup Of(string workgroupId) => new(LrIdentifiers.Workgroup(workgroupId));
    }

    /// <summary>
    /// <c>AgentOrgSDS</c> (UKCT_MT160016UK01) in details responses: a workgroup with its name and its organisation's name,
    /// both mandatory.
    /// </summary>
    public sealed record NamedWorkgroup(Hl7Id WorkgroupId, string WorkgroupName, string OrganizationName) : LrAgent
    {
        public Hl7Code? Code { get; init; }

        public Hl7Id? OrganizationId { get; init; }
    }

    /// <summary><c>OtherPerson</c>: a placeholder for future use that Spine does not process and clients must not send.</summary>
    public sealed record OtherPerson(Hl7Id Id) : LrAgent;
}
