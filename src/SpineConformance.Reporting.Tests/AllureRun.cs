using System.Text.Json;

namespace SpineConformance.Reporting.Tests;

/// <summary>Runs the fixture feature through the runner with an <see cref="AllureWriter"/> into a temp folder, and reads the results back.</summary>
public sealed class AllureRun : IDisposable
{
    private AllureRun(string directory, AllureWriter writer)
    {
        Directory = directory;
        Writer = writer;
    }

    public string Directory { get; }

    public AllureWriter Writer { get; }

    public IReadOnlyList<JsonElement> Results => System.IO.Directory.EnumerateFiles(Directory, "*-result.json")
        .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();

    public static async Task<AllureRun> ExecuteAsync(string? directory = null, Func<AllureWriterOptions, AllureWriterOptions>? configure = null)
    {
        directory ??= System.IO.Directory.CreateTempSubdirectory("allure-").FullName;
        var options = new AllureWriterOptions
        {
            ResultsDirectory = directory,
            Environment = new Dictionary<string, string> { ["SUT"] = "Reference SUT", ["Simulator"] = "http://127.0.0.1:5000" },
        };
        var writer = new AllureWriter(configure is null ? options : configure(options));
        var suite = FeatureSuite.Create(b => b
            .FeaturesFrom(Path.Combine(AppContext.BaseDirectory, "Fixtures"))
            .BindingTypes(typeof(ResourceSteps))
            .AddListener(writer)
            .DryRun(false));
        foreach (var scenario in suite.Scenarios)
        {
            await suite.ExecuteAsync(scenario);
        }

        await suite.RunAfterTestRunAsync();
        return new AllureRun(directory, writer);
    }

    public JsonElement Result(string name) => Results.Single(r => r.GetProperty("name").GetString() == name);

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
