namespace SpineConformance.Simulator.Tests.Tenants.Suite;

/// <summary>
/// A supplier sharing the hosted simulator: the tenant the operator creates for it, and the identities its run of the
/// feature suite uses, all its own (system, organisation, users, workgroup), as the settings a supplier sets.
/// </summary>
internal sealed record SuiteTenant(string Name, string Asid, string OdsCode, string Serial)
{
    public string PartyKey => $"{OdsCode}-000{Serial}";

    /// <summary>The suite's settings for this supplier, as environment variables, on top of where the simulator is and the key.</summary>
    public IReadOnlyDictionary<string, string> Settings(Uri simulator, string apiKey) => new Dictionary<string, string>
    {
        ["SPINE_SUT_DRIVER"] = "InProcess",
        ["SPINE_SIMULATOR_MODE"] = "External",
        ["SPINE_SIMULATOR_URL"] = simulator.ToString(),
        ["SPINE_SIMULATOR_API_KEY"] = apiKey,
        ["SPINE_SYSTEM_ASID"] = Asid,
        ["SPINE_PARTY_KEY"] = PartyKey,
        ["SPINE_CPA_IDS"] = $"S{Asid}",
        ["SPINE_ORGANISATION_CODE"] = OdsCode,
        ["SPINE_ORGANISATION_NAME"] = $"{Name}'s test practice",
        ["SPINE_ROLE_PROFILE_ID"] = $"{Serial}00000001",
        ["SPINE_USER_ID"] = $"{Serial}00000002",
        ["SPINE_SECOND_ROLE_PROFILE_ID"] = $"{Serial}00000011",
        ["SPINE_SECOND_USER_ID"] = $"{Serial}00000012",
        ["SPINE_RESTRICTED_ROLE_PROFILE_ID"] = $"{Serial}00000021",
        ["SPINE_RESTRICTED_USER_ID"] = $"{Serial}00000022",
        ["SPINE_WORKGROUP_ID"] = $"{Serial}00000031",
        ["SPINE_WORKGROUP_NAME"] = $"{Name}'s ward",
    };
}
