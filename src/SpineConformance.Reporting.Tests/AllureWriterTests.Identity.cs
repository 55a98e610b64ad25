using System.Text.Json;

namespace SpineConformance.Reporting.Tests;

public sealed partial class AllureWriterTests
{
    [Test]
    public async Task OnEvent_TwoRuns_GiveTheSameHistoryIdsAndNewUuids()
    {
        using var first = await AllureRun.ExecuteAsync();
        using var second = await AllureRun.ExecuteAsync();

        static Dictionary<string, (string History, string Uuid)> Ids(AllureRun run) => run.Results.ToDictionary(
            r => r.GetProperty("name").GetString()!, r => (r.GetProperty("historyId").GetString()!, r.GetProperty("uuid").GetString()!));
        var firstIds = Ids(first);
        var secondIds = Ids(second);

        Assert.That(secondIds.Keys, Is.EquivalentTo(firstIds.Keys));
        Assert.That(firstIds.Keys.Select(k => secondIds[k].History), Is.EqualTo(firstIds.Keys.Select(k => firstIds[k].History)));
        Assert.That(firstIds.Keys.Select(k => secondIds[k].Uuid), Is.Not.EqualTo(firstIds.Keys.Select(k => firstIds[k].Uuid)));
        Assert.That(firstIds.Values.Select(v => v.History), Is.Unique);
    }

    [Test]
    public async Task OnEvent_OutlineRows_ShareTestCaseIdButNotHistoryIdAndCarryParameters()
    {
        using var run = await AllureRun.ExecuteAsync();

        var rowOne = run.Result("Get Resource: Patients by number (nhsNumber=9434765919)");
        var rowTwo = run.Result("Get Resource: Patients by number (nhsNumber=9434765870)");

        Assert.That(rowOne.GetProperty("testCaseId").GetString(), Is.EqualTo(rowTwo.GetProperty("testCaseId").GetString()));
        Assert.That(rowOne.GetProperty("historyId").GetString(), Is.Not.EqualTo(rowTwo.GetProperty("historyId").GetString()));
        var parameter = rowTwo.GetProperty("parameters").EnumerateArray().Single();
        Assert.That(parameter.GetProperty("name").GetString(), Is.EqualTo("nhsNumber"));
        Assert.That(parameter.GetProperty("value").GetString(), Is.EqualTo("9434765870"));
    }

    [Test]
    public async Task OnEvent_RunParameters_AreOnEveryResult_AndKeepTwoRunsApartInOneReport()
    {
        using var plain = await AllureRun.ExecuteAsync();
        using var byDriver = await AllureRun.ExecuteAsync(configure: o => new AllureWriterOptions
        {
            ResultsDirectory = o.ResultsDirectory,
            RunParameters = new Dictionary<string, string> { ["SUT driver"] = "Playwright" },
        });

        var before = plain.Result("Get Resource: Resource is returned");
        var after = byDriver.Result("Get Resource: Resource is returned");

        Assert.That(after.GetProperty("historyId").GetString(), Is.Not.EqualTo(before.GetProperty("historyId").GetString()));
        Assert.That(after.GetProperty("testCaseId").GetString(), Is.EqualTo(before.GetProperty("testCaseId").GetString()), "still the same test");
        Assert.That(after.GetProperty("parameters").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("value").GetString())),
            Is.EqualTo(new[] { ("SUT driver", "Playwright") }));
    }

    [Test]
    public async Task OnEvent_RequirementAndMetaTags_BecomeLinksAndLabels()
    {
        using var run = await AllureRun.ExecuteAsync(configure: o => new AllureWriterOptions
        {
            ResultsDirectory = o.ResultsDirectory,
            RequirementLinkTemplate = "https://requirements.example/{0}",
        });

        var result = run.Result("Get Resource: Resource is returned");

        var link = result.GetProperty("links").EnumerateArray().Single();
        Assert.That(link.GetProperty("type").GetString(), Is.EqualTo("tms"));
        Assert.That(link.GetProperty("name").GetString(), Is.EqualTo("ACS-GET-001"));
        Assert.That(link.GetProperty("url").GetString(), Is.EqualTo("https://requirements.example/ACS-GET-001"));
        Assert.That(Label(result, "feature"), Is.EqualTo("Get Resource"));
        Assert.That(Label(result, "story"), Is.EqualTo("Read"));
        Assert.That(Label(result, "severity"), Is.EqualTo("critical"));
        Assert.That(Label(result, "framework"), Is.EqualTo("Reqnroll"));
        var tags = result.GetProperty("labels").EnumerateArray().Where(l => l.GetProperty("name").GetString() == "tag").Select(l => l.GetProperty("value").GetString());
        Assert.That(tags, Is.EquivalentTo(new[] { "acs", "ACS-GET-001", "story:Read", "severity:critical" }));
        Assert.That(Label(run.Result("Get Resource: Missing step"), "story"), Is.EqualTo("Get Resource"));
        Assert.That(Label(run.Result("Get Resource: Missing step"), "severity"), Is.EqualTo("normal"));
    }

    [Test]
    public async Task OnEvent_RunStarts_WritesCategoriesAndEnvironment()
    {
        using var run = await AllureRun.ExecuteAsync();

        var categories = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Directory, "categories.json"))).RootElement;
        var environment = File.ReadAllText(Path.Combine(run.Directory, "environment.properties"));

        Assert.That(Strings(categories, "name"), Is.EqualTo(new[] { "Undefined or ambiguous steps", "Environment problems", "Product defects", "Suite defects" }));
        Assert.That(environment, Is.EqualTo("SUT=Reference SUT\nSimulator=http\\://127.0.0.1\\:5000\n"));
    }

    [Test]
    public async Task OnEvent_ResultsDirectoryCannotBeWritten_RecordsDiagnosticsInsteadOfThrowing()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            using var run = await AllureRun.ExecuteAsync(directory: Path.Combine(blocker, "results"));

            Assert.That(run.Writer.Diagnostics.Messages, Is.Not.Empty);
            Assert.That(run.Writer.Diagnostics.Messages.First(), Does.Contain("Allure writer could not handle TestRunStarted"));
        }
        finally
        {
            File.Delete(blocker);
        }
    }
}
