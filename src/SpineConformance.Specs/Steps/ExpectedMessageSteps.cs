using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;
using SpineConformance.Validation.Comparison;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// The SUT's request compared, element by element, with the expected message for its interaction
/// (<c>features/expected/</c>): sharp on the scenario's identities, tolerant of the forms Spine allows.
/// </summary>
[Binding]
public sealed class ExpectedMessageSteps(ScenarioState state, SuiteEnvironment environment, Evidence evidence)
{
    // Spine's MHS party key, which every ebXML message to Spine addresses (TRANSPORT.md, SDS).
    private const string SpinePartyKey = "YES-0000806";

    private static readonly Lazy<ExpectedMessages> Messages = new(() => ExpectedMessages.Load(TemplateFolder()));
    private static readonly Lazy<ExpectedMessages> EbxmlEnvelopes = new(() => ExpectedMessages.Load(Path.Combine(TemplateFolder(), "ebxml")));

    [Then(@"^the request matches the expected (\S+)$")]
    public void Matches(string interactionId)
    {
        var request = RequestFor(interactionId);
        var variables = Variables();
        var results = new List<ComparisonResult> { MessageComparison.Compare(Messages.Value.For(interactionId), request.RequestBody, variables, request.RequestContentType) };
        if (EbxmlEnvelopes.Value.InteractionIds.Contains(interactionId))
        {
            results.Add(MessageComparison.Compare(EbxmlEnvelopes.Value.For(interactionId), request.RequestBody, variables, request.RequestContentType));
        }

        var report = string.Join(Environment.NewLine + Environment.NewLine, results.Select(r => r.ToReport()));
        evidence.Attach($"Comparison with the expected {interactionId}", "text/plain", System.Text.Encoding.UTF8.GetBytes(report));
        Assert.That(results.Any(r => r.HasDifferences), Is.False, report);
    }

    private JournalEntry RequestFor(string interactionId) =>
        state.Exchanges.FirstOrDefault(e => e.Direction == ExchangeDirection.Inbound && e.InteractionId == interactionId)
        ?? throw new AssertionException(
            $"The last action sent no {interactionId} to Spine; it caused: "
            + (state.Exchanges.Count == 0 ? "nothing" : string.Join(", ", state.Exchanges.Select(e => $"{e.Direction} {e.InteractionId ?? "(no interaction)"}")))
            + "." + state.Cause());

    private Dictionary<string, string> Variables()
    {
        var identities = environment.Identities;
        var user = state.ActingUser;
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["systemAsid"] = identities.SystemAsid.Value,
            ["spineAsid"] = identities.SpineAsid.Value,
            ["userId"] = user?.UserId ?? identities.UserId.Value,
            ["roleProfileId"] = user?.RoleProfileId ?? identities.RoleProfileId.Value,
            ["jobRole"] = user?.JobRole ?? identities.JobRole.Value,
            ["partyKey"] = identities.PartyKey,
            ["spinePartyKey"] = SpinePartyKey,
        };
        if (state.HasPatient)
        {
            variables["nhsNumber"] = state.NhsNumber;
        }

        return variables;
    }

    private static string TemplateFolder() => Path.Combine(AppContext.BaseDirectory, "features", "expected");
}
