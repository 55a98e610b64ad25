using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>The Identify User Role Profiles answer: the user's role profiles, each with its organisation, job role and workgroups.</summary>
public sealed record LrRoleProfilesResult(string? UserId, IReadOnlyList<LrRoleProfileView> RoleProfiles)
{
    public static (LrRoleProfilesResult, string)? From(LrResponse response)
    {
        if (response is not LrResponse.Succeeded<URPIDResponse> found)
        {
            return null;
        }

        var profiles = found.Payload.RoleProfiles.Select(p => new LrRoleProfileView(
            p.Id.Extension, p.OrganizationId.Extension, p.OrganizationName, p.JobRole.Code,
            p.Workgroups.Select(w => new LrWorkgroupReference(w.Id.Extension, w.Name)).ToList())).ToList();
        return (new LrRoleProfilesResult(found.Payload.UserId.Extension, profiles),
            $"User {found.Payload.UserId.Extension} has {profiles.Count} role profile{(profiles.Count == 1 ? string.Empty : "s")}.{LrErrorText.Warnings(found.Warnings)}");
    }
}

public sealed record LrRoleProfileView(string? RoleProfileId, string? OrganizationId, string OrganizationName, string JobRole, IReadOnlyList<LrWorkgroupReference> Workgroups);

public sealed record LrWorkgroupReference(string? WorkgroupId, string Name);
