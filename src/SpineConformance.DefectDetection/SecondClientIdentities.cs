namespace SpineConformance.DefectDetection;

/// <summary>
/// The identities the second client runs with, given both to the client (its <c>SecondClient:</c> settings) and to the
/// suite (its identity settings, <c>SPINE_</c> + upper snake case), so the suite expects exactly what the client sends and
/// registers it in the simulator's directory. Deliberately none of the reference SUT's ids.
/// </summary>
internal static class SecondClientIdentities
{
    public const string SystemAsid = "200000000201";
    public const string PartyKey = "B82617-0000201";
    public const string RoleProfileId = "100000000101";
    public const string UserId = "100000000102";
    public const string JobRole = "R8000";
    public const string OrganisationCode = "B82617";
    public const string OrganisationName = "Second Street Surgery";
    public const string CpaId = "S200000000201";

    /// <summary>The suite's settings, by setting name (the environment variable is derived from it).</summary>
    public static IReadOnlyDictionary<string, string> SuiteSettings { get; } = new Dictionary<string, string>
    {
        ["SystemAsid"] = SystemAsid,
        ["PartyKey"] = PartyKey,
        ["RoleProfileId"] = RoleProfileId,
        ["UserId"] = UserId,
        ["JobRole"] = JobRole,
        ["OrganisationCode"] = OrganisationCode,
        ["OrganisationName"] = OrganisationName,
        ["WorkgroupId"] = "200000000201",
        ["WorkgroupName"] = "Second Street Care Team",
        ["SecondRoleProfileId"] = "100000000111",
        ["SecondUserId"] = "100000000112",
        ["SecondJobRole"] = "R0260",
        ["RestrictedRoleProfileId"] = "100000000121",
        ["RestrictedUserId"] = "100000000122",
        ["RestrictedJobRole"] = "R5080",
        ["CpaIds"] = CpaId,
    };

    /// <summary>The client's own settings: who it says it is to Spine.</summary>
    public static IReadOnlyList<string> ClientArguments { get; } =
    [
        $"--SecondClient:SystemAsid={SystemAsid}",
        $"--SecondClient:PartyKey={PartyKey}",
        $"--SecondClient:RoleProfileId={RoleProfileId}",
        $"--SecondClient:UserId={UserId}",
        $"--SecondClient:JobRole={JobRole}",
        $"--SecondClient:OrganisationCode={OrganisationCode}",
        $"--SecondClient:CpaId={CpaId}",
    ];

    public static IReadOnlyDictionary<string, string> SuiteEnvironment() =>
        SuiteSettings.ToDictionary(s => EnvironmentVariable(s.Key), s => s.Value, StringComparer.Ordinal);

    /// <summary>The suite's rule: <c>SecondRoleProfileId</c> → <c>SPINE_SECOND_ROLE_PROFILE_ID</c>.</summary>
    public static string EnvironmentVariable(string setting) =>
        "SPINE_" + string.Concat(setting.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
