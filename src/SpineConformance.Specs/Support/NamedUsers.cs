using SpineConformance.Drivers;

namespace SpineConformance.Specs.Support;

/// <summary>
/// The people the workgroup scenarios name by their role, resolved from the run's identity settings, so the features
/// never carry a reference id and a supplier's own users pass.
/// </summary>
public static class NamedUsers
{
    /// <summary>The phrases a feature may use, as a regular expression alternation for step bindings.</summary>
    public const string Phrases = "another clinician|the restricted user|themselves|the clinician";

    /// <summary>
    /// "another clinician" (SecondRoleProfileId, SecondUserId), "the restricted user" (RestrictedRoleProfileId,
    /// RestrictedUserId), "themselves" or "the clinician" (the logged-in clinician).
    /// </summary>
    public static SutUser Resolve(TestIdentities identities, string phrase) => phrase switch
    {
        "another clinician" => identities.SecondClinician,
        "the restricted user" => identities.RestrictedUser,
        "themselves" or "the clinician" => identities.Clinician,
        _ => throw new ArgumentException($"No user is named \"{phrase}\"; use one of: {Phrases.Replace("|", ", ", StringComparison.Ordinal)}.", nameof(phrase)),
    };

    /// <summary>Which settings the phrase's user comes from, for the report.</summary>
    public static string Settings(string phrase) => phrase switch
    {
        "another clinician" => "SecondRoleProfileId, SecondUserId",
        "the restricted user" => "RestrictedRoleProfileId, RestrictedUserId",
        _ => "RoleProfileId, UserId",
    };
}
