using System.Text.Json;
using System.Text.Json.Nodes;
using SpineConformance.ReferenceSut;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.TestHook;
using SpineConformance.Reporting;

namespace SpineConformance.Drivers;

/// <summary>
/// The test-hook contract in the repository (<c>test-hook.openapi.json</c>, what a supplier implements) is exactly what
/// the reference SUT serves, and names every path the TestHook driver calls, so the three never drift apart.
/// </summary>
[TestFixture]
public sealed class TestHookContractTests
{
    public const string UpdateVariable = "SPINE_UPDATE_TEST_HOOK_CONTRACT";

    private static string ContractFile => Path.Combine(
        RepositoryLayout.Root() ?? throw new InvalidOperationException("The tests run outside the repository."),
        "src", "SpineConformance.Drivers", "test-hook.openapi.json");

    [Test]
    public async Task TheCommittedContract_IsWhatTheReferenceSutServes()
    {
        await using var sut = await ReferenceSutHost.StartAsync(new ReferenceSutOptions { SpineBaseUrl = "http://127.0.0.1:9" });
        using var http = new HttpClient { BaseAddress = sut.BaseAddress };
        var served = JsonNode.Parse(await http.GetStringAsync(new Uri(TestHookEndpoints.ContractPath, UriKind.Relative)))!;
        var text = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(ContractFile, text);
        }

        var committed = File.Exists(ContractFile) ? JsonNode.Parse(await File.ReadAllTextAsync(ContractFile)) : null;

        Assert.That(JsonNode.DeepEquals(committed, served), Is.True,
            $"{ContractFile} differs from the reference SUT's {TestHookEndpoints.ContractPath}. If the change to the hook is meant, "
            + $"rewrite the file with {UpdateVariable}=1 dotnet test src/SpineConformance.Drivers.Tests --filter Name~TheCommittedContract, and tell suppliers.");
    }

    [Test]
    public void EveryPathTheDriverCalls_IsInTheContract()
    {
        var contract = JsonNode.Parse(File.ReadAllText(ContractFile))!["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        var driver = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ContractFile)!, "TestHookDriver.cs"));
        var called = System.Text.RegularExpressions.Regex.Matches(driver, "\"(/test-hook/[a-z/-]+)").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.That(called, Is.Not.Empty);
        Assert.That(called.Where(path => !contract.Any(c => c.StartsWith(path, StringComparison.Ordinal))), Is.Empty,
            "paths the TestHook driver calls that the contract does not describe");
    }
}
