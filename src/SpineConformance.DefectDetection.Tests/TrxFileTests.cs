namespace SpineConformance.DefectDetection.Tests;

/// <summary>What a run's TRX says: which scenarios failed, and that a missing or broken file is a problem, not a pass.</summary>
public sealed class TrxFileTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("trx-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Read_ATrxFile_ListsEveryResultAndTheFailuresInNameOrder()
    {
        var path = Write("""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                <UnitTestResult testName="Set Resource Permissions: Recording express dissent sets View and Store to No" outcome="Failed" />
                <UnitTestResult testName="Get Resource Permissions: A patient with no recorded decision is shown as &quot;ask&quot;" outcome="Passed" />
                <UnitTestResult testName="Get Resource Permissions: The request the system sends is a valid Get Resource Permissions" outcome="Failed" />
                <UnitTestResult testName="Has Resource Permissions: Has answers Ask for a patient with no decision" outcome="NotExecuted" />
              </Results>
            </TestRun>
            """);

        var results = TrxFile.Read(path);

        Assert.That(results.Problem, Is.Null);
        Assert.That(results.Results, Has.Count.EqualTo(4));
        Assert.That(results.Failed, Is.EqualTo(new[]
        {
            "Get Resource Permissions: The request the system sends is a valid Get Resource Permissions",
            "Set Resource Permissions: Recording express dissent sets View and Store to No",
        }));
    }

    [TestCase("Timeout")]
    [TestCase("Error")]
    [TestCase("Aborted")]
    public void Read_AScenarioThatBrokeRatherThanFailed_CountsAsFailed(string outcome)
    {
        var path = Write($"""<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010"><Results><UnitTestResult testName="S" outcome="{outcome}" /></Results></TestRun>""");

        Assert.That(TrxFile.Read(path).Failed, Is.EqualTo(new[] { "S" }));
    }

    [Test]
    public void Read_NoFile_IsAProblemWithNoResults()
    {
        var results = TrxFile.Read(Path.Combine(folder, "suite.trx"));

        Assert.That(results.Problem, Does.Contain("was not written"));
        Assert.That(results.Results, Is.Empty);
    }

    [Test]
    public void Read_NotXml_IsAProblem() =>
        Assert.That(TrxFile.Read(Write("Test run aborted")).Problem, Does.Contain("not a readable TRX file"));

    [Test]
    public void Read_ADocumentTypeDeclaration_IsRefused() =>
        Assert.That(TrxFile.Read(Write("""<!DOCTYPE TestRun [<!ENTITY x "y">]><TestRun/>""")).Problem, Does.Contain("not a readable TRX file"));

    private string Write(string text)
    {
        var path = Path.Combine(folder, "suite.trx");
        File.WriteAllText(path, text);
        return path;
    }
}
