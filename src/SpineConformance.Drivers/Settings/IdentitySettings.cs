using System.Text.RegularExpressions;
using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Drivers.Settings;

/// <summary>
/// Reads the identities a supplier configures (their system, the logged-in clinician, another clinician, a restricted
/// user, the organisation and workgroup) and the RBAC policy the scenarios assume, each defaulting to the reference SUT's,
/// and checks they fit together: the clinician must be allowed what every scenario does, the restricted user nothing the
/// role-based access scenarios try, and the three people must be different people.
/// </summary>
internal static class IdentitySettings
{
    private static readonly TimeSpan RegexPatience = TimeSpan.FromSeconds(1);

    public static TestIdentities Read(SettingsReader read, List<string> problems)
    {
        var reference = TestIdentities.ReferenceSut;
        var rbac = new RbacPolicy(
            read.List("RbacViewJobRoles", reference.Rbac.View, JobRoleProblem),
            read.List("RbacSetJobRoles", reference.Rbac.Set, JobRoleProblem),
            read.List("RbacLrJobRoles", reference.Rbac.Lr, JobRoleProblem),
            read.List("RbacWorkgroupAdminJobRoles", reference.Rbac.WorkgroupAdmin, JobRoleProblem));
        var identities = new TestIdentities(
            read.Identifier("SystemAsid", Asid.Parse, reference.SystemAsid),
            read.Identifier("SpineAsid", Asid.Parse, reference.SpineAsid),
            read.Identifier("RoleProfileId", SdsRoleProfileId.Parse, reference.RoleProfileId),
            read.Identifier("UserId", SdsUserId.Parse, reference.UserId),
            read.Identifier("JobRole", JobRoleCode.Parse, reference.JobRole))
        {
            PartyKey = read.PartyKey("PartyKey", reference.PartyKey),
            CpaIds = read.List("CpaIds", reference.CpaIds, CpaIdProblem),
            OrganisationCode = read.Checked("OrganisationCode", reference.OrganisationCode, OdsCodeProblem),
            OrganisationName = read.Checked("OrganisationName", reference.OrganisationName, NameProblem),
            WorkgroupId = read.Checked("WorkgroupId", reference.WorkgroupId, WorkgroupIdProblem),
            WorkgroupName = read.Checked("WorkgroupName", reference.WorkgroupName, NameProblem),
            SecondClinician = User(read, "Second", reference.SecondClinician),
            RestrictedUser = User(read, "Restricted", reference.RestrictedUser),
            Rbac = rbac,
        };
        problems.AddRange(Conflicts(identities));
        return identities;
    }

    /// <summary>Where the identities contradict each other or the RBAC policy, each naming the settings to change.</summary>
    internal static IEnumerable<string> Conflicts(TestIdentities identities)
    {
        var rbac = identities.Rbac;
        var clinician = identities.JobRole.Value;
        foreach (var (may, setting, what) in new (Func<string, bool>, string, string)[]
        {
            (rbac.MayView, "RbacViewJobRoles", "view sharing permissions"),
            (rbac.MaySet, "RbacSetJobRoles", "record sharing decisions"),
            (rbac.MayManageLrs, "RbacLrJobRoles", "create and manage LRs"),
            (rbac.MayAdministerWorkgroups, "RbacWorkgroupAdminJobRoles", "administer the workgroup"),
        })
        {
            if (!may(clinician))
            {
                yield return $"JobRole: the logged-in clinician ({clinician}) must be allowed to {what}, but {setting} does not list it. Add it, or log in as a user whose job role is listed.";
            }
        }

        if (!rbac.MaySet(identities.SecondClinician.JobRole))
        {
            yield return $"SecondJobRole: the second clinician ({identities.SecondClinician.JobRole}) must be allowed to record sharing decisions (two clinicians at once), but RbacSetJobRoles does not list it.";
        }

        var restricted = identities.RestrictedUser.JobRole;
        if (rbac.MayView(restricted) || rbac.MayManageLrs(restricted))
        {
            yield return $"RestrictedJobRole: the restricted user's job role ({restricted}) must be allowed neither to view sharing permissions nor to manage LRs, but RbacViewJobRoles or RbacLrJobRoles lists it.";
        }

        var people = new (string Name, SutUser User)[] { ("the clinician", identities.Clinician), ("the second clinician", identities.SecondClinician), ("the restricted user", identities.RestrictedUser) };
        for (var i = 0; i < people.Length; i++)
        {
            for (var j = i + 1; j < people.Length; j++)
            {
                if (people[i].User.UserId == people[j].User.UserId || people[i].User.RoleProfileId == people[j].User.RoleProfileId)
                {
                    yield return $"{Prefix(people[j].Name)}UserId, {Prefix(people[j].Name)}RoleProfileId: {people[i].Name} and {people[j].Name} must be different people with different user ids and role profiles.";
                }
            }
        }
    }

    private static string Prefix(string person) => person switch
    {
        "the second clinician" => "Second",
        "the restricted user" => "Restricted",
        _ => string.Empty,
    };

    private static SutUser User(SettingsReader read, string prefix, SutUser fallback) => new(
        read.Identifier(prefix + "RoleProfileId", SdsRoleProfileId.Parse, SdsRoleProfileId.From(fallback.RoleProfileId)).Value,
        read.Identifier(prefix + "UserId", SdsUserId.Parse, SdsUserId.From(fallback.UserId)).Value,
        read.Identifier(prefix + "JobRole", JobRoleCode.Parse, JobRoleCode.From(fallback.JobRole)).Value);

    private static string? JobRoleProblem(string code) => JobRoleCode.Parse(code).Error is { } error ? error + " List job roles separated by commas, such as R8000,R0260." : null;

    private static string? CpaIdProblem(string id) =>
        Regex.IsMatch(id, "^[A-Za-z0-9_-]{1,64}$", RegexOptions.None, RegexPatience) ? null : "a CPA id is letters and digits, e.g. S200000000101.";

    private static string? OdsCodeProblem(string code) =>
        Regex.IsMatch(code, "^[A-Z0-9]{3,10}$", RegexOptions.None, RegexPatience) ? null : "an ODS code is 3 to 10 capital letters and digits, e.g. A12345.";

    private static string? WorkgroupIdProblem(string id) =>
        Regex.IsMatch(id, "^[0-9]{1,20}$", RegexOptions.None, RegexPatience) ? null : "a workgroup id is an SDS id of 1 to 20 digits, e.g. 200000000001.";

    private static string? NameProblem(string name) => name.Length <= 200 ? null : "a name has at most 200 characters.";
}
