using System.Text.Json;
using SpineConformance.Reporting.Allure;

namespace SpineConformance.Reporting;

/// <summary>How a test that is not a feature-suite scenario ended, in Allure's terms.</summary>
public enum AllureOutcome
{
    Passed,

    /// <summary>An assertion failed: the product is wrong.</summary>
    Failed,

    /// <summary>The test itself could not run to its assertions (an unexpected exception).</summary>
    Broken,

    Skipped,
}

/// <summary>A file made by a test (a screenshot, a log) to show beside its result.</summary>
public sealed record AllureFile(string Name, string Path, string ContentType);

/// <summary>One test's result, for <see cref="AllureTestCaseWriter"/>.</summary>
public sealed record AllureTestCase(string FullName, string Name, string Feature, AllureOutcome Outcome, DateTimeOffset Start, DateTimeOffset Stop)
{
    public string? Description { get; init; }

    public string? Message { get; init; }

    public string? Trace { get; init; }

    public IReadOnlyList<AllureFile> Attachments { get; init; } = [];
}

/// <summary>
/// Writes Allure results for tests outside the feature suite, such as the simulator console's browser tests, so their
/// screenshots sit in the same report as the scenarios. Each writer owns its results directory: pass one no other writer
/// uses, and <see cref="Clean"/> it once before the first result. Attachments are copied in; ids are stable per test
/// (<see cref="AllureTestCase.FullName"/>), so Allure keeps history across runs.
/// </summary>
public sealed class AllureTestCaseWriter(string resultsDirectory, TimeProvider? time = null)
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    public string ResultsDirectory { get; } = resultsDirectory;

    /// <summary>Deletes the directory's earlier results, so a report never mixes runs.</summary>
    public void Clean()
    {
        if (Directory.Exists(ResultsDirectory))
        {
            Directory.Delete(ResultsDirectory, recursive: true);
        }

        Directory.CreateDirectory(ResultsDirectory);
    }

    public void Write(AllureTestCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testCase);
        Directory.CreateDirectory(ResultsDirectory);
        var result = new AllureResult
        {
            Uuid = NewId(),
            HistoryId = AllureIdentity.Hash(testCase.FullName),
            TestCaseId = AllureIdentity.Hash(testCase.FullName),
            FullName = testCase.FullName,
            Name = testCase.Name,
            Description = testCase.Description,
            Status = testCase.Outcome switch
            {
                AllureOutcome.Passed => AllureStatus.Passed,
                AllureOutcome.Failed => AllureStatus.Failed,
                AllureOutcome.Broken => AllureStatus.Broken,
                _ => AllureStatus.Skipped,
            },
            StatusDetails = testCase.Message is null && testCase.Trace is null ? null : new AllureStatusDetails(testCase.Message, testCase.Trace),
            Stage = "finished",
            Start = testCase.Start.ToUnixTimeMilliseconds(),
            Stop = testCase.Stop.ToUnixTimeMilliseconds(),
        };
        result.Labels.AddRange([
            new AllureLabel("feature", testCase.Feature), new AllureLabel("story", testCase.Feature), new AllureLabel("suite", testCase.Feature),
            new AllureLabel("severity", "normal"), new AllureLabel("framework", "NUnit"), new AllureLabel("language", "C#"),
            new AllureLabel("host", Environment.MachineName)]);
        foreach (var file in testCase.Attachments.Where(a => File.Exists(a.Path)))
        {
            var source = $"{NewId()}-attachment.{AllureContentTypes.Extension(file.ContentType)}";
            File.Copy(file.Path, Path.Combine(ResultsDirectory, source), overwrite: true);
            result.Attachments.Add(new AllureAttachment(file.Name, source, file.ContentType));
        }

        File.WriteAllText(Path.Combine(ResultsDirectory, $"{result.Uuid}-result.json"), JsonSerializer.Serialize(result, AllureJson.Options));
    }

    private string NewId() => Guid.CreateVersion7(clock.GetUtcNow()).ToString("D");
}
