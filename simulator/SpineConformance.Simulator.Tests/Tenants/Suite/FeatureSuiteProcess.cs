using System.Diagnostics;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Simulator.Tests.Tenants.Suite;

/// <summary>
/// The feature suite (<c>SpineConformance.Specs</c>, already built) run as a supplier runs it, in its own
/// <c>dotnet test</c> process: the settings given as the <c>SPINE_…</c> environment variables a supplier would set, and
/// every report it writes (Allure results, evidence bundle, Cucumber report, JUnit XML) in a folder of its own.
/// </summary>
internal static class FeatureSuiteProcess
{
    private const string SpecsProject = "SpineConformance.Specs";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>The repository's root folder (the one holding <c>SpineConformance.sln</c>), from this test's output folder.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SpineConformance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No SpineConformance.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The suite's assembly built in this test's configuration and framework (bin/Release/net10.0), or where it should be.</summary>
    public static string SpecsAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        return Path.Combine(RepositoryRoot(), "src", SpecsProject, "bin", configuration, framework, SpecsProject + ".dll");
    }

    /// <summary>Runs the suite's features with <paramref name="settings"/> (environment variable → value), writing under <paramref name="folder"/>.</summary>
    public static async Task<SuiteRunResult> RunAsync(string label, string folder, IReadOnlyDictionary<string, string> settings)
    {
        var root = RepositoryRoot();
        var junit = Path.Combine(folder, "junit.xml");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "test", SpecsAssembly(), "--settings", Path.Combine(root, "runsettings.xml"),
            "--filter", "FullyQualifiedName~SpineConformance.Specs.Features",
            "--results-directory", Path.Combine(folder, "TestResults"),
            "--logger", $"junit;LogFilePath={junit}", "--logger", "console;verbosity=minimal",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // Only what this run is told: nothing of the surrounding test run's own settings or test platform leaks in.
        foreach (var inherited in start.Environment.Keys.Where(Inherited).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (variable, value) in settings)
        {
            start.Environment[variable] = value;
        }

        start.Environment["SPINE_ALLURE_RESULTS"] = Path.Combine(folder, "allure-results");
        start.Environment["SPINE_EVIDENCE_DIRECTORY"] = Path.Combine(folder, "evidence");
        start.Environment["REQNROLL_FORMATTERS_HTML"] = $"outputFilePath={Path.Combine(folder, "cucumber", "inprocess.html")}";
        start.Environment["REQNROLL_FORMATTERS_MESSAGE"] = $"outputFilePath={Path.Combine(folder, "cucumber", "inprocess.ndjson")}";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new SuiteRunResult(label, -1, [], $"{label}: the feature suite was still running after {Patience.TotalMinutes:0} minutes, and was stopped.{Environment.NewLine}{Text(output)}", folder);
        }

        return new SuiteRunResult(label, process.ExitCode, File.Exists(junit) ? Cases(junit) : [], Text(output), folder);
    }

    private static bool Inherited(string variable) =>
        new[] { "SPINE_", "REQNROLL_", "VSTEST_", "TESTINGPLATFORM_", "MSBUILD" }.Any(p => variable.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    // Each scenario's test case and, when it did not pass, why.
    private static IReadOnlyList<ScenarioOutcome> Cases(string junit)
    {
        using var stream = File.OpenRead(junit);
        using var reader = XmlReader.Create(stream, HardenedXml.ReaderSettings(maxCharacters: 256L * 1024 * 1024));
        return [.. XDocument.Load(reader).Descendants("testcase").Select(c => new ScenarioOutcome(
            (string?)c.Attribute("name") ?? "(unnamed)",
            Problem(c.Element("failure") ?? c.Element("error") ?? c.Element("skipped"))))];
    }

    private static string? Problem(XElement? problem) =>
        problem is null ? null : $"{problem.Name.LocalName}: {(string?)problem.Attribute("message") ?? problem.Value}";

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}

/// <summary>A scenario's test case in a run's JUnit XML: its name, and why it did not pass (<see langword="null"/> when it passed).</summary>
internal sealed record ScenarioOutcome(string Name, string? Problem)
{
    public bool Passed => Problem is null;
}

/// <summary>One run of the feature suite: its exit code, every scenario's outcome, what it printed, and the folder holding its reports.</summary>
internal sealed record SuiteRunResult(string Label, int ExitCode, IReadOnlyList<ScenarioOutcome> Scenarios, string Output, string Folder)
{
    public int Passed => Scenarios.Count(s => s.Passed);

    public IEnumerable<ScenarioOutcome> NotPassed => Scenarios.Where(s => !s.Passed);
}
