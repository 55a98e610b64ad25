using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Drivers;

/// <summary>
/// Who the system under test is and who is logged in to it. The suite checks that every request carries these,
/// so they must match the system's own configuration.
/// </summary>
public sealed record TestIdentities(Asid SystemAsid, Asid SpineAsid, SdsRoleProfileId RoleProfileId, SdsUserId UserId, JobRoleCode JobRole)
{
    /// <summary>The system's ebXML party key, as registered in SDS. The default value is the reference SUT's.</summary>
    public string PartyKey { get; init; } = "A12345-0000101";

    public static TestIdentities ReferenceSut { get; } = new(
        Asid.From("200000000101"),
        Asid.From("990101234567"),
        SdsRoleProfileId.From("100000000001"),
        SdsUserId.From("100000000002"),
        JobRoleCode.From("R8000"));
}
