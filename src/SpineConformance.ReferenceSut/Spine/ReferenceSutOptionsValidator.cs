using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Forms;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Rbac;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// Refuses to start with settings Spine would reject, naming each setting by its configuration key
/// and collecting every problem so one restart fixes them all.
/// </summary>
internal sealed class ReferenceSutOptionsValidator : IValidateOptions<ReferenceSutOptions>
{
    private const string Section = ReferenceSutConstants.SectionName;

    public ValidateOptionsResult Validate(string? name, ReferenceSutOptions options)
    {
        var problems = new List<string>();
        problems.AddRange(SpineAddressProblems(options));
        Check(problems, nameof(options.SenderAsid), Asid.Parse(options.SenderAsid).Error);
        Check(problems, nameof(options.SpineAsid), Asid.Parse(options.SpineAsid).Error);
        if (options.SpineTimeout <= TimeSpan.Zero || options.SpineTimeout > ReferenceSutConstants.MaxSpineTimeout)
        {
            problems.Add($"{Section}:{nameof(options.SpineTimeout)} must be more than zero and at most {ReferenceSutConstants.MaxSpineTimeout}; it is {options.SpineTimeout}.");
        }

        var user = options.User;
        if (user is null)
        {
            problems.Add($"{Section}:{nameof(options.User)} is required.");
        }
        else
        {
            Check(problems, "User:" + nameof(user.RoleProfileId), SdsRoleProfileId.Parse(user.RoleProfileId).Error);
            Check(problems, "User:" + nameof(user.UserId), SdsUserId.Parse(user.UserId).Error);
            Check(problems, "User:" + nameof(user.JobRole), JobRoleCode.Parse(user.JobRole).Error);
            if (string.IsNullOrWhiteSpace(user.Name))
            {
                problems.Add($"{Section}:User:{nameof(user.Name)} is required: it is the name shown to the logged-in user.");
            }
        }

        problems.AddRange(RbacProblems(options.Rbac));
        problems.AddRange(MhsOptionsProblems.Of(options.Mhs));
        problems.AddRange(DefectOptionsProblems.Of(options.Defects));
        problems.AddRange(FormOptionsProblems.Of(options.Forms));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> RbacProblems(RbacOptions? rbac)
    {
        if (rbac is null)
        {
            yield return $"{Section}:{nameof(ReferenceSutOptions.Rbac)} is required.";
            yield break;
        }

        var lists = new (string Setting, IReadOnlyList<string> Codes)[]
        {
            (nameof(rbac.JobRolesThatMayView), rbac.JobRolesThatMay(PermissionsAccess.View)),
            (nameof(rbac.JobRolesThatMayChange), rbac.JobRolesThatMay(PermissionsAccess.Change)),
            (nameof(rbac.JobRolesThatMayManageLegitimateRelationships), rbac.JobRolesThatMay(LrAccess.ManageRelationships)),
            (nameof(rbac.JobRolesThatMayAdministerWorkgroups), rbac.JobRolesThatMay(LrAccess.AdministerWorkgroups)),
        };
        foreach (var (setting, codes) in lists)
        {
            foreach (var code in codes)
            {
                if (JobRoleCode.Parse(code).Error is { } error)
                {
                    yield return $"{Section}:Rbac:{setting}: {error} List job roles separated by commas, such as R8000,R0260.";
                }
            }
        }
    }

    private static IEnumerable<string> SpineAddressProblems(ReferenceSutOptions options)
    {
        var key = $"{Section}:{nameof(options.SpineBaseUrl)}";
        if (string.IsNullOrWhiteSpace(options.SpineBaseUrl))
        {
            yield return $"{key} is required: the address of Spine or the simulator, such as http://127.0.0.1:5000.";
        }
        else if (!Uri.TryCreate(options.SpineBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"{key} must be an absolute http or https address such as http://127.0.0.1:5000; '{options.SpineBaseUrl}' is not.";
        }

        if (string.IsNullOrWhiteSpace(options.SyncPath) || !options.SyncPath.StartsWith('/'))
        {
            yield return $"{Section}:{nameof(options.SyncPath)} must be a path starting with '/', such as /sync-service; '{options.SyncPath}' is not.";
        }
    }

    private static void Check(List<string> problems, string setting, string? error)
    {
        if (error is not null)
        {
            problems.Add($"{Section}:{setting}: {error}");
        }
    }
}
