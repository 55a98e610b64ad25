using SpineConformance.ReferenceSut.Lr;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Comparison;

/// <summary>Each request the reference SUT sends, made the way a user makes it, with the interaction whose expected message it must match.</summary>
internal static class SentMessages
{
    public const string Workgroup = "WG0000000001";

    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Test cases of (interaction id, what the user does); <see cref="Action"/> gives the doing.</summary>
    public static IEnumerable<TestCaseData> All() =>
        Actions().Select(a => new TestCaseData(a.Interaction, a.Name) { TestName = $"{{m}}({a.Interaction}, {a.Name})" });

    /// <summary>The async requests only, whose ebXML envelope has an expected message too.</summary>
    public static IEnumerable<TestCaseData> Reliable() =>
        Actions().Where(a => a.Interaction.StartsWith("REPC_", StringComparison.Ordinal))
            .Select(a => new TestCaseData(a.Interaction, a.Name) { TestName = $"{{m}}({a.Interaction}, {a.Name})" });

    public static Func<SutWithFakeSpine, Task> Action(string interaction, string name) =>
        Actions().Single(a => a.Interaction == interaction && a.Name == name).Act;

    private static IEnumerable<(string Interaction, string Name, Func<SutWithFakeSpine, Task> Act)> Actions()
    {
        static (string, string, Func<SutWithFakeSpine, Task>) Case(string interaction, string name, Func<SutWithFakeSpine, Task> act) =>
            (interaction, name, act);

        yield return Case("GET_RESOURCE_PERMISSIONS_INUK01", "check", env => env.Acs.GetPermissionsAsync(Some.NhsNumber, None));
        yield return Case("HAS_RESOURCE_PERMISSIONS_INUK01", "check", env => env.Acs.HasPermissionsAsync(Some.NhsNumber, None));
        yield return Case("SET_RESOURCE_PERMISSIONS_INUK01", "express consent", env => env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, None));
        yield return Case("SET_RESOURCE_PERMISSIONS_INUK01", "express dissent", env => env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressDissent, None));
        yield return Case("SET_RESOURCE_PERMISSIONS_INUK01", "ask for consent", env => env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.AskForConsent, None));

        yield return Case("QUPC_IN010000UK32", "short, no workgroup", env => env.LrQueries.ConfirmationAsync(Some.NhsNumber, false, [], null, None));
        yield return Case("QUPC_IN010000UK32", "history, two workgroups",
            env => env.LrQueries.ConfirmationAsync(Some.NhsNumber, true, [Workgroup, "WG0000000002"], null, None));
        yield return Case("QUPC_IN020000UK17", "simple", env => env.LrQueries.DetailsAsync(new LrDetailsInput(Some.NhsNumber), null, None));
        yield return Case("QUPC_IN020000UK17", "complete, override, period", env => env.LrQueries.DetailsAsync(
            new LrDetailsInput(Some.NhsNumber, Complete: true, DissentOverride: "1", OverrideExplanation: "Risk to others") { From = "20260101", To = "20261231" }, null, None));
        yield return Case("QUPC_IN090000UK03", "two patients",
            env => env.LrQueries.BatchConfirmationAsync([Some.NhsNumber, "9000000009"], [Workgroup], null, None));
        yield return Case("QUPC_IN010102UK01", "a colleague", env => env.LrQueries.UserRoleProfilesAsync("100000000012", null, None));
        yield return Case("QUPC_IN041234UK01", "one workgroup", env => env.LrQueries.WorkgroupMembersAsync([Workgroup], null, None));

        yield return Case("REPC_IN010000UK15", "self-claimed", env => env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, None));
        yield return Case("REPC_IN010000UK15", "express consent with an expiry", env => env.LrRequests.RequestCreateAsync(
            new LrCreateInput(Some.NhsNumber, "04", AccessReasonCode: "06", Justification: "Audit", ExpiresAt: "20271231235959"), null, None));
        yield return Case("REPC_IN010000UK15", "for a workgroup, nothing optional",
            env => env.LrRequests.RequestCreateAsync(new LrCreateInput(Some.NhsNumber, "06", WorkgroupId: Workgroup), null, None));
        yield return Case("REPC_IN040000UK15", "referral discharge",
            env => env.LrRequests.RequestStatusChangeAsync(Some.NhsNumber, LrInputs.LrId, "11", null, None));
        yield return Case("REPC_IN130002UK01", "add", env => env.LrRequests.AddToWorkgroupAsync(
            new WorkgroupMemberInput("100000000011", "100000000012", Workgroup), null, None));
        yield return Case("REPC_IN130004UK01", "remove", env => env.LrRequests.RemoveFromWorkgroupAsync(
            new WorkgroupMemberInput("100000000011", "100000000012", Workgroup, IdentifiedWorkgroupsOnly: false), null, None));
    }
}
