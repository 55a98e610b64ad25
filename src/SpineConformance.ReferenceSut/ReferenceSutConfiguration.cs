using System.Globalization;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut;

/// <summary>
/// Options as configuration keys, so the in-process host feeds them through the same binding and
/// start-up validation as the standalone SUT's command line.
/// </summary>
internal static class ReferenceSutConfiguration
{
    public static Dictionary<string, string?> From(ReferenceSutOptions options)
    {
        const string Section = ReferenceSutConstants.SectionName + ":";
        var user = options.User;
        var rbac = options.Rbac;
        var mhs = options.Mhs;
        var settings = new Dictionary<string, string?>
        {
            [Section + nameof(options.SpineBaseUrl)] = options.SpineBaseUrl,
            [Section + nameof(options.SyncPath)] = options.SyncPath,
            [Section + nameof(options.SenderAsid)] = options.SenderAsid,
            [Section + nameof(options.SpineAsid)] = options.SpineAsid,
            [Section + nameof(options.SpineTimeout)] = options.SpineTimeout.ToString("c", CultureInfo.InvariantCulture),
            [Section + "User:" + nameof(user.RoleProfileId)] = user?.RoleProfileId,
            [Section + "User:" + nameof(user.UserId)] = user?.UserId,
            [Section + "User:" + nameof(user.JobRole)] = user?.JobRole,
            [Section + "User:" + nameof(user.Name)] = user?.Name,
            [Section + "Rbac:" + nameof(rbac.JobRolesThatMayView)] = rbac?.JobRolesThatMayView,
            [Section + "Rbac:" + nameof(rbac.JobRolesThatMayChange)] = rbac?.JobRolesThatMayChange,
            [Section + "Rbac:" + nameof(rbac.JobRolesThatMayManageLegitimateRelationships)] = rbac?.JobRolesThatMayManageLegitimateRelationships,
            [Section + "Rbac:" + nameof(rbac.JobRolesThatMayAdministerWorkgroups)] = rbac?.JobRolesThatMayAdministerWorkgroups,
            [Section + "Mhs:" + nameof(mhs.PartyKey)] = mhs?.PartyKey,
            [Section + "Mhs:" + nameof(mhs.CpaId)] = mhs?.CpaId,
            [Section + "Mhs:" + nameof(mhs.SpinePartyKey)] = mhs?.SpinePartyKey,
            [Section + "Mhs:" + nameof(mhs.ReliablePath)] = mhs?.ReliablePath,
            [Section + "Mhs:" + nameof(mhs.Retries)] = mhs?.Retries.ToString(CultureInfo.InvariantCulture),
            [Section + "Mhs:" + nameof(mhs.RetryInterval)] = mhs?.RetryInterval.ToString("c", CultureInfo.InvariantCulture),
            [Section + "Mhs:" + nameof(mhs.PersistDuration)] = mhs?.PersistDuration.ToString("c", CultureInfo.InvariantCulture),
        };

        // A list binds from one key per entry: ReferenceSut:Defects:0, ReferenceSut:Defects:1, …
        for (var i = 0; i < options.Defects.Count; i++)
        {
            settings[string.Create(CultureInfo.InvariantCulture, $"{Section}{nameof(options.Defects)}:{i}")] = options.Defects[i];
        }

        for (var i = 0; i < options.Forms.Count; i++)
        {
            settings[string.Create(CultureInfo.InvariantCulture, $"{Section}{nameof(options.Forms)}:{i}")] = options.Forms[i];
        }

        return settings;
    }
}
