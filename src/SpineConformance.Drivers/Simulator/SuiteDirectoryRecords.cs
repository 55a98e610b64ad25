using SpineConformance.Simulator.Client;

namespace SpineConformance.Drivers.Simulator;

/// <summary>
/// The SDS records the run needs before its first scenario, made from the suite's identities and what the simulator's
/// directory already holds: the system (ASID, party key, CPA id, MHS endpoint), its organisation, the clinician (a member
/// and administrator of the workgroup), the second clinician (not a member, so adding them changes something) and the
/// restricted user. A record already there keeps what the settings do not say (a user's other role profiles, a
/// workgroup's other administrators), so a supplier's own directory survives the run.
/// </summary>
public sealed record SuiteDirectoryRecords(AccreditedSystem System, Organisation Organisation, IReadOnlyList<DirectoryUser> Users, Workgroup Workgroup)
{
    /// <summary>Faster than the directory's default, so a lost acknowledgement is retried within a scenario's patience.</summary>
    public static readonly TimeSpan ReplyRetryInterval = TimeSpan.FromMilliseconds(300);

    public static SuiteDirectoryRecords From(DirectoryData directory, TestIdentities identities, Uri mhsEndpoint)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(identities);
        ArgumentNullException.ThrowIfNull(mhsEndpoint);
        // The system's own record when the directory has one; otherwise the reference system's, or (on a simulator shared
        // by tenants, where a tenant's key shows only its own systems) a new record for every interaction the features use.
        var template = directory.Systems.FirstOrDefault(s => s.Asid == identities.SystemAsid.Value)
            ?? directory.Systems.FirstOrDefault(s => s.Asid == TestIdentities.ReferenceSut.SystemAsid.Value)
            ?? new AccreditedSystem { Asid = identities.SystemAsid.Value, PartyKey = identities.PartyKey, Interactions = SuiteInteractions.All };
        var system = template with
        {
            Asid = identities.SystemAsid.Value,
            PartyKey = identities.PartyKey,
            CpaId = identities.CpaIds[0],
            OdsCode = identities.OrganisationCode,
            Description = template.Asid == identities.SystemAsid.Value ? template.Description : "The system under test (the suite's)",
            MhsEndpoint = mhsEndpoint.ToString(),
            Reliability = template.Reliability with { RetryInterval = ReplyRetryInterval },
        };

        var workgroupId = identities.WorkgroupId;
        var users = new[]
        {
            Person(directory, identities.Clinician, identities.OrganisationCode, "Clinician (the suite's logged-in user)", w => w.Append(workgroupId)),
            Person(directory, identities.SecondClinician, identities.OrganisationCode, "Second clinician (the suite's)", w => w.Where(id => id != workgroupId)),
            Person(directory, identities.RestrictedUser, identities.OrganisationCode, "Restricted user (the suite's)", w => w),
        };

        var existing = directory.Workgroups.FirstOrDefault(w => w.WorkgroupId == workgroupId);
        var workgroup = (existing ?? new Workgroup { WorkgroupId = workgroupId, Name = identities.WorkgroupName, OdsCode = identities.OrganisationCode }) with
        {
            Name = identities.WorkgroupName,
            Administrators = [.. (existing?.Administrators ?? []).Append(identities.RoleProfileId.Value).Distinct()],
        };

        return new SuiteDirectoryRecords(system, new Organisation(identities.OrganisationCode, identities.OrganisationName), users, workgroup);
    }

    // The user's record with this role profile set as the settings say; their other role profiles are kept.
    private static DirectoryUser Person(DirectoryData directory, SutUser person, string odsCode, string name, Func<IEnumerable<string>, IEnumerable<string>> workgroups)
    {
        var user = directory.Users.FirstOrDefault(u => u.UserId == person.UserId) ?? new DirectoryUser { UserId = person.UserId, Name = name };
        var profile = user.RoleProfiles.FirstOrDefault(p => p.RoleProfileId == person.RoleProfileId);
        var updated = new RoleProfile
        {
            RoleProfileId = person.RoleProfileId,
            JobRole = person.JobRole,
            OdsCode = odsCode,
            Workgroups = [.. workgroups(profile?.Workgroups ?? []).Distinct()],
        };
        return user with { RoleProfiles = [.. user.RoleProfiles.Where(p => p.RoleProfileId != person.RoleProfileId), updated] };
    }
}
