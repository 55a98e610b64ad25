using System.Text.Json;

namespace SpineConformance.Reporting.Tests;

[TestFixture]
public sealed class AllureTestCaseWriterTests
{
    private string directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        directory = Path.Combine(Path.GetTempPath(), $"allure-cases-{Environment.ProcessId}-{TestContext.CurrentContext.Test.ID}");
        Directory.CreateDirectory(directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(directory, recursive: true);

    [Test]
    public void Write_PutsTheResultAndACopyOfEachAttachment_InTheResultsDirectory()
    {
        var screenshot = Path.Combine(directory, "shot.png");
        File.WriteAllBytes(screenshot, [0x89, 0x50, 0x4E, 0x47]);
        var writer = new AllureTestCaseWriter(Path.Combine(directory, "results"));
        var start = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

        writer.Write(new AllureTestCase("Console.Journal_Appears", "Journal: appears", "Simulator web console", AllureOutcome.Failed, start, start.AddSeconds(2))
        {
            Message = "Expected 1 row",
            Attachments = [new AllureFile("The journal", screenshot, "image/png"), new AllureFile("Gone", Path.Combine(directory, "missing.png"), "image/png")],
        });

        var resultFile = Directory.GetFiles(writer.ResultsDirectory, "*-result.json").Single();
        using var result = JsonDocument.Parse(File.ReadAllText(resultFile));
        var root = result.RootElement;
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(root.GetProperty("statusDetails").GetProperty("message").GetString(), Is.EqualTo("Expected 1 row"));
        Assert.That(root.GetProperty("stop").GetInt64() - root.GetProperty("start").GetInt64(), Is.EqualTo(2000));
        Assert.That(root.GetProperty("labels").EnumerateArray().Select(l => (l.GetProperty("name").GetString(), l.GetProperty("value").GetString())),
            Does.Contain(("feature", "Simulator web console")));
        var attachment = root.GetProperty("attachments").EnumerateArray().Single();
        Assert.That(attachment.GetProperty("name").GetString(), Is.EqualTo("The journal"), "a file that no longer exists is left out");
        Assert.That(File.ReadAllBytes(Path.Combine(writer.ResultsDirectory, attachment.GetProperty("source").GetString()!)), Is.EqualTo(File.ReadAllBytes(screenshot)));
    }

    [Test]
    public void HistoryId_IsTheSameForTheSameTest_AcrossRuns_AndCleanForgetsTheLastRun()
    {
        var writer = new AllureTestCaseWriter(Path.Combine(directory, "results"));
        var testCase = new AllureTestCase("Console.A", "A", "Simulator web console", AllureOutcome.Passed, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

        writer.Write(testCase);
        writer.Write(testCase);
        writer.Write(testCase with { FullName = "Console.B" });
        var historyIds = Directory.GetFiles(writer.ResultsDirectory, "*-result.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("historyId").GetString()).ToList();
        writer.Clean();

        Assert.That(historyIds.Distinct().Count(), Is.EqualTo(2));
        Assert.That(Directory.GetFiles(writer.ResultsDirectory), Is.Empty);
    }
}
