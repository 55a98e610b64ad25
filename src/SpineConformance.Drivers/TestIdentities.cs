using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Drivers;

/// <summary>
/// Who the system under test is, who is logged in to it, and the other people and things the scenarios name by their
/// role ("the clinician", "another clinician", "a workgroup the clinician administers"). The suite checks that every
/// request carries these, and registers them in the simulator's SDS directory before the first scenario, so they must
/// match the system's own configuration. Every default value is the reference SUT's.
/// </summary>
public sealed record TestIdentities(Asid SystemAsid, Asid SpineAsid, SdsRoleProfileId RoleProfileId, SdsUserId UserId, JobRoleCode JobRole)
{
    /// <summary>The system's ebXML party key, as registered in SDS. The default value is <c>A12345-0000101</c>.</summary>
    public string PartyKey { get; init; } = "A12345-0000101";

    /// <summary>
    /// The CPA ids the system's MHS sends in <c>eb:CPAId</c>; the first is registered as the system's in SDS. The default
    /// value is <c>S200000000101</c>.
    /// </summary>
    public IReadOnlyList<string> CpaIds { get; init; } = ["S200000000101"];

    /// <summary>The ODS code of the organisation the clinician works at (and the system serves). The default value is <c>A12345</c>.</summary>
    public string OrganisationCode { get; init; } = "A12345";

    /// <summary>The organisation's name, as SDS gives it in a role profile look-up. The default value is <c>Reference Medical Practice</c>.</summary>
    public string OrganisationName { get; init; } = "Reference Medical Practice";

    /// <summary>A workgroup the clinician belongs to and administers. The default value is <c>200000000001</c>.</summary>
    public string WorkgroupId { get; init; } = "200000000001";

    /// <summary>The workgroup's name, as the workgroup member query gives it. The default value is <c>Ward 7 Team</c>.</summary>
    public string WorkgroupName { get; init; } = "Ward 7 Team";

    /// <summary>
    /// Another clinician at the same organisation, who may record sharing decisions (two clinicians at once) and is added to
    /// and removed from the workgroup. The default value is role profile <c>100000000011</c>, user <c>100000000012</c>, job role <c>R0260</c>.
    /// </summary>
    public SutUser SecondClinician { get; init; } = new("100000000011", "100000000012", "R0260");

    /// <summary>
    /// A user whose job role may neither view sharing permissions nor manage LRs (the role-based access scenarios). The
    /// default value is role profile <c>100000000021</c>, user <c>100000000022</c>, job role <c>R5080</c>.
    /// </summary>
    public SutUser RestrictedUser { get; init; } = new("100000000021", "100000000022", "R5080");

    /// <summary>Which job roles the scenarios assume may do what. The default value is <see cref="RbacPolicy.ReferenceSut"/>.</summary>
    public RbacPolicy Rbac { get; init; } = RbacPolicy.ReferenceSut;

    /// <summary>The logged-in clinician as a user of the system.</summary>
    public SutUser Clinician => new(RoleProfileId.Value, UserId.Value, JobRole.Value);

    public static TestIdentities ReferenceSut { get; } = new(
        Asid.From("200000000101"),
        Asid.From("990101234567"),
        SdsRoleProfileId.From("100000000001"),
        SdsUserId.From("100000000002"),
        JobRoleCode.From("R8000"));
}
