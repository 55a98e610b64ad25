namespace SpineConformance.Gherkin.Tests;

public sealed partial class FeatureSuiteTests
{
    [Test]
    public void TestCases_Outline_OneCasePerRowNamedWithItsValues()
    {
        var names = Basics().TestCases().Select(c => c.TestName).ToList();

        Assert.That(names, Does.Contain("Basics: Adding (amount=1, total=11)"));
        Assert.That(names, Does.Contain("Basics: Adding (amount=2, total=12)"));
        Assert.That(names, Does.Contain("Basics: Adding (amount=30, total=40)"));
        Assert.That(names, Does.Contain("Basics: Passing scenario"));
        Assert.That(names, Is.Unique);
    }

    [Test]
    public void TestCases_Tags_BecomeCategoriesWithoutTheAtSign()
    {
        var failing = Basics().TestCases().Single(c => c.TestName == "Basics: Failing scenario");
        var extraRow = Basics().TestCases().Single(c => c.TestName == "Basics: Adding (amount=30, total=40)");

        Assert.That(failing.Properties["Category"], Is.EquivalentTo(new[] { "basics", "ACS-GET-001", "story:Counting", "severity:critical" }));
        Assert.That(extraRow.Properties["Category"], Is.EquivalentTo(new[] { "basics", "outline", "extra" }));
    }

    [Test]
    public void TestCases_DryRunRequested_IsOneCaseThatBindsTheSuite()
    {
        var suite = FeatureSuite.Create(b => b.FeaturesFrom(Support.Suites.FixturesDirectory, "basics.feature").DryRun(true));

        var cases = suite.TestCases().ToList();

        Assert.That(cases, Has.Count.EqualTo(1));
        Assert.That(cases[0].TestName, Does.StartWith("Dry run:"));
    }

    [Test]
    public async Task ExecuteAsync_UnreadableFeatureFile_FailsWithTheParserErrors()
    {
        var directory = Directory.CreateTempSubdirectory();
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "bad.feature"), "Feature: Bad\n  Scenario: x\n    Given ok\n  | not a table start\n  Oops\n");
        try
        {
            var suite = FeatureSuite.Create(b => b.FeaturesFrom(directory.FullName).DryRun(false));
            var invalid = suite.Scenarios.Single(s => s.Title == "feature file has errors");

            var outcome = await suite.ExecuteAsync(invalid);

            Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Broken));
            Assert.That(outcome.Error!.Message, Does.Contain("bad.feature(5"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
