using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>
/// Collects every problem with a test-hook request, keyed by the JSON field at fault (<c>user.jobRole</c>), so one
/// 400 answer names them all. Nothing is sent to Spine while any problem remains.
/// </summary>
internal sealed partial class HookRequestProblems
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);
    private string? title;

    public bool Any => errors.Count > 0;

    public string NhsNumber(string? nhsNumber)
    {
        if (string.IsNullOrWhiteSpace(nhsNumber))
        {
            Add("nhsNumber", "An NHS number is required.", "Give the patient's NHS number, e.g. {\"nhsNumber\":\"9434765919\"}.");
            return string.Empty;
        }

        return nhsNumber;
    }

    public SharingDecision Decision(string? decision)
    {
        if (SharingDecisionNames.TryParse(decision, out var parsed))
        {
            return parsed;
        }

        Add("decision", "The decision is not one the SUT records.", SharingDecisionNames.Unknown(decision));
        return default;
    }

    /// <summary>The user to act as, or <see langword="null"/> for the logged-in user (also when the override has problems).</summary>
    public AuthorPerson? ActingUser(ActingUserHookRequest? user)
    {
        if (user is null)
        {
            return null;
        }

        var roleProfile = Check("user.roleProfileId", SdsRoleProfileId.Parse(user.RoleProfileId));
        var userId = Check("user.userId", SdsUserId.Parse(user.UserId));
        var jobRole = Check("user.jobRole", JobRoleCode.Parse(user.JobRole));
        return roleProfile is null || userId is null || jobRole is null ? null : new AuthorPerson(roleProfile, userId, jobRole);
    }

    /// <summary>One problem keeps its own title, as before the hook grew; several get a title that counts them.</summary>
    public ValidationProblem ToResult() =>
        TypedResults.ValidationProblem(errors, title: errors.Count == 1 ? title : $"The request has {errors.Count} problems.");

    private T? Check<T>(string field, ParseResult<T> parsed)
        where T : class
    {
        if (parsed.Success)
        {
            return parsed.Value;
        }

        Add(field, "The acting user is not valid.", parsed.Error);
        return null;
    }

    private void Add(string field, string fieldTitle, string message)
    {
        errors[field] = [message];
        title = fieldTitle;
    }
}
