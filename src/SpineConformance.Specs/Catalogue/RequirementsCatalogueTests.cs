using System.Text.RegularExpressions;
using SpineConformance.Hl7.Acs;
using SpineConformance.Reporting.Evidence;
using SpineConformance.Validation;

namespace SpineConformance.Specs.Catalogue;

/// <summary>
/// Holds traceability in place: every catalogued requirement has a scenario, every requirement tag is catalogued,
/// and every Spine rule of an interaction has a scenario row that checks it.
/// </summary>
public sealed partial class RequirementsCatalogueTests
{
    private static readonly string Features = Path.Combine(AppContext.BaseDirectory, "features");

    private static IEnumerable<string> Services() =>
        Directory.GetFiles(Features, "REQUIREMENTS.md", SearchOption.AllDirectories).Select(f => Path.GetFileName(Path.GetDirectoryName(f)!));

    [TestCaseSource(nameof(Services))]
    public void EveryCataloguedRequirement_HasAScenario(string service)
    {
        var catalogue = Catalogue(service);
        var tags = ScenarioTags(service);

        Assert.That(catalogue.Covered, Is.Not.Empty, $"{catalogue.Path} lists no requirement");
        Assert.That(catalogue.Covered.Where(id => !tags.Contains(id)), Is.Empty, $"Requirements in {catalogue.Path} with no scenario tagged with them");
    }

    [TestCaseSource(nameof(Services))]
    public void EveryRequirementTag_IsCataloguedAndNotMarkedUncovered(string service)
    {
        var catalogue = Catalogue(service);
        var tags = ScenarioTags(service).Where(t => RequirementId().IsMatch(t));

        Assert.That(tags.Where(t => !catalogue.Covered.Contains(t)), Is.Empty, $"Scenario tags missing from the main table of {catalogue.Path}");
        Assert.That(catalogue.NotYetCovered.Intersect(catalogue.Covered), Is.Empty, "an id cannot be both covered and not yet covered");
    }

    [TestCase("get-resource-permissions.feature", "GET_RESOURCE_PERMISSIONS_INUK01")]
    [TestCase("set-resource-permissions.feature", "SET_RESOURCE_PERMISSIONS_INUK01")]
    [TestCase("has-resource-permissions.feature", "HAS_RESOURCE_PERMISSIONS_INUK01")]
    public void EverySpineRule_HasAScenarioRow(string feature, string interactionId)
    {
        var text = File.ReadAllText(Path.Combine(Features, "acs", feature));
        var rules = ValidationProfiles.Conformance(AcsInteractions.All.Single(i => i.InteractionId == interactionId))!.Rules;

        Assert.That(rules.Select(r => r.Id).Where(id => !Regex.IsMatch(text, $@"\|\s*{Regex.Escape(id)}\s*\|")), Is.Empty,
            $"Rules of {interactionId} with no 'the request obeys rule' row in {feature}");
    }

    [TestCase("legitimate-relationship-queries.feature", "QUPC_IN010000UK32")]
    [TestCase("legitimate-relationship-queries.feature", "QUPC_IN020000UK17")]
    [TestCase("legitimate-relationship-queries.feature", "QUPC_IN090000UK03")]
    [TestCase("workgroups.feature", "QUPC_IN010102UK01")]
    [TestCase("workgroups.feature", "QUPC_IN041234UK01")]
    [TestCase("workgroups.feature", "REPC_IN130002UK01")]
    [TestCase("workgroups.feature", "REPC_IN130004UK01")]
    [TestCase("create-legitimate-relationship.feature", "REPC_IN010000UK15")]
    [TestCase("change-legitimate-relationship-status.feature", "REPC_IN040000UK15")]
    public void EveryLrRule_HasARow(string feature, string interactionId)
    {
        var text = File.ReadAllText(Path.Combine(Features, "lr", feature));
        var rules = Validation.Lr.LrValidationProfiles.RulesFor(interactionId)!.Where(r => r.Id.StartsWith("LR-", StringComparison.Ordinal));

        Assert.That(rules.Select(r => r.Id).Where(id => !Regex.IsMatch(text, $@"\|\s*{Regex.Escape(id)}\s*\|")), Is.Empty,
            $"LR rules of {interactionId} with no row in a 'the request obeys each of these rules' table in {feature}");
    }

    private static RequirementCatalogue Catalogue(string service) =>
        RequirementCatalogue.Read(Path.Combine(Features, service, "REQUIREMENTS.md"));

    private static HashSet<string> ScenarioTags(string service) =>
        Directory.GetFiles(Path.Combine(Features, service), "*.feature")
            .SelectMany(File.ReadLines)
            .Where(l => l.TrimStart().StartsWith('@'))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(t => t.TrimStart('@'))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^[A-Z]+(-[A-Z0-9]+)+$")]
    private static partial Regex RequirementId();
}
