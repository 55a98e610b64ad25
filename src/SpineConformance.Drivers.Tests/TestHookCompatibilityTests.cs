using System.Text.Json.Nodes;
using SpineConformance.Reporting;

namespace SpineConformance.Drivers;

/// <summary>
/// The test hook is an interface suppliers implement, so it only grows: every operation, property and enum word of the
/// published version (<c>test-hook.surface-1.0.0.txt</c>) is still in the contract, and the contract's major version is
/// still 1. Adding is free; to publish the additions, rewrite the surface file with SPINE_UPDATE_TEST_HOOK_SURFACE=1.
/// </summary>
[TestFixture]
public sealed class TestHookCompatibilityTests
{
    private const string UpdateVariable = "SPINE_UPDATE_TEST_HOOK_SURFACE";

    private static string Folder => Path.Combine(
        RepositoryLayout.Root() ?? throw new InvalidOperationException("The tests run outside the repository."), "src", "SpineConformance.Drivers");

    private static JsonNode Contract => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "test-hook.openapi.json")))!;

    private static string PublishedFile => Path.Combine(Folder, "test-hook.surface-1.0.0.txt");

    [Test]
    public void TheContract_KeepsEverythingThePublishedVersionHad()
    {
        var now = ContractSurface.Of(Contract);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllLines(PublishedFile, now);
        }

        var published = File.ReadAllLines(PublishedFile).Where(l => l.Length > 0);

        Assert.That(published.Except(now, StringComparer.Ordinal), Is.Empty,
            "the test-hook contract lost operations, properties or enum words a supplier's system relies on: add, never rename or remove "
            + "(or make it version 2.0.0 and tell every supplier)");
    }

    [Test]
    public void TheContract_IsAVersion1_WithItsCompatibilityRuleStated()
    {
        var info = Contract["info"]!;
        var version = Version.Parse(info["version"]!.GetValue<string>());

        Assert.That(version.Major, Is.EqualTo(1), "this suite speaks test hook 1.x");
        Assert.That(info["description"]!.GetValue<string>(), Does.Contain("never renames or removes"));
    }

    [Test]
    public void ContractSurface_ARemovedProperty_IsNoticed()
    {
        var contract = Contract;
        var before = ContractSurface.Of(contract);
        var schemas = contract["components"]!["schemas"]!.AsObject();
        var (name, schema) = schemas.First(s => s.Value?["properties"]?.AsObject().Count > 0);
        var property = schema!["properties"]!.AsObject().First().Key;
        schema["properties"]!.AsObject().Remove(property);

        Assert.That(before.Except(ContractSurface.Of(contract)), Is.Not.Empty, $"removing {name}.{property} changes the surface");
    }
}
