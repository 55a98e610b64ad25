using NUnit.Framework.Interfaces;
using SpineConformance.Reporting;

namespace SpineConformance.Simulator.Tests.WebConsole;

/// <summary>
/// Puts the console's browser tests, with their screenshots, into the Allure report beside the scenarios. Results go to
/// <c>reports/allure-results-console</c> (the <c>SPINE_CONSOLE_ALLURE_RESULTS</c> environment variable overrides it),
/// which only this fixture writes, so cleaning it at the start never races the feature suite's results.
/// </summary>
internal sealed class ConsoleEvidence
{
    public const string ResultsVariable = "SPINE_CONSOLE_ALLURE_RESULTS";
    private const string Feature = "Simulator web console";

    private readonly AllureTestCaseWriter writer = new(ResultsDirectory());
    private readonly List<AllureFile> screenshots = [];
    private DateTimeOffset started;

    public string Directory => writer.ResultsDirectory;

    public void StartRun() => writer.Clean();

    public void StartTest()
    {
        screenshots.Clear();
        started = DateTimeOffset.UtcNow;
    }

    public void Screenshot(string path, string description)
    {
        screenshots.Add(new AllureFile(description, path, "image/png"));
        TestContext.AddTestAttachment(path, description);
    }

    /// <summary>Writes the test's result; <paramref name="tearDownFailure"/> is a failure the tear-down is about to report.</summary>
    public void FinishTest(string? tearDownFailure = null)
    {
        var context = TestContext.CurrentContext;
        var result = context.Result;
        var outcome = tearDownFailure is null ? Outcome(result.Outcome) : AllureOutcome.Failed;
        writer.Write(new AllureTestCase(context.Test.FullName, Sentence(context.Test.MethodName ?? context.Test.Name), Feature, outcome,
            started, DateTimeOffset.UtcNow)
        {
            Description = $"Browser test of the simulator's console in Chromium ({context.Test.ClassName}.{context.Test.MethodName}).",
            Message = tearDownFailure ?? (string.IsNullOrEmpty(result.Message) ? null : result.Message),
            Trace = result.StackTrace,
            Attachments = [.. screenshots],
        });
    }

    private static AllureOutcome Outcome(ResultState state) => state.Status switch
    {
        TestStatus.Passed => AllureOutcome.Passed,
        TestStatus.Failed when state.Site == FailureSite.Test && state.Label != "Error" => AllureOutcome.Failed,
        TestStatus.Failed => AllureOutcome.Broken,
        _ => AllureOutcome.Skipped,
    };

    // "FaultRuleForm_AddedRule_IsListed" reads as "FaultRuleForm: added rule, is listed".
    private static string Sentence(string methodName)
    {
        var parts = methodName.Split('_');
        return parts.Length == 1 ? methodName : $"{parts[0]}: {string.Join(", ", parts[1..].Select(Words))}";
    }

    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(pascal[i - 1]) ? " " + char.ToLowerInvariant(c) : (i == 0 ? char.ToLowerInvariant(c) : c).ToString()));

    private static string ResultsDirectory() =>
        Environment.GetEnvironmentVariable(ResultsVariable) is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(RepositoryLayout.Root() ?? AppContext.BaseDirectory, "reports", "allure-results-console");
}
