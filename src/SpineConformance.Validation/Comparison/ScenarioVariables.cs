using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Validation.Comparison;

/// <summary>
/// A scenario's identities, typed, as the templates' variables: the patient, the system under test and Spine, the user
/// who acted, and for ebXML envelopes the two MHS party keys.
/// </summary>
public sealed record ScenarioVariables(NhsNumber NhsNumber, Asid SystemAsid, Asid SpineAsid, AuthorPerson User)
{
    /// <summary>The system's MHS party key, for ebXML envelopes. The default value is none: envelope templates then report it missing.</summary>
    public string? PartyKey { get; init; }

    /// <summary>Spine's MHS party key, for ebXML envelopes. The default value is none.</summary>
    public string? SpinePartyKey { get; init; }

    /// <summary>The values by the names the templates use (<see cref="TemplateVariables.Standard"/>).</summary>
    public IReadOnlyDictionary<string, string> ToDictionary()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["nhsNumber"] = NhsNumber.Value,
            ["systemAsid"] = SystemAsid.Value,
            ["spineAsid"] = SpineAsid.Value,
            ["userId"] = User.UserId.Value,
            ["roleProfileId"] = User.RoleProfileId.Value,
            ["jobRole"] = User.JobRole.Value,
        };
        if (PartyKey is not null)
        {
            values["partyKey"] = PartyKey;
        }

        if (SpinePartyKey is not null)
        {
            values["spinePartyKey"] = SpinePartyKey;
        }

        return values;
    }
}
