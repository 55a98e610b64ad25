namespace SpineConformance.DefectDetection.Tests;

/// <summary>What a run's NUnit result XML says: which scenarios failed, and that a missing or broken file, or a run that
/// failed in its one-time set-up, is a problem rather than a verdict.</summary>
public sealed class SuiteResultFileTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("suite-xml-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Read_AResultFile_ListsEveryScenarioAndTheFailuresInNameOrder()
    {
        var path = Write("""
            <?xml version="1.0" encoding="utf-8"?>
            <test-suite type="Assembly" name="SpineConformance.Specs.dll" result="Failed" site="Child">
              <test-suite type="TestFixture" name="SetResourcePermissionsFeature" result="Failed" site="Child">
                <test-case name="Recording express dissent sets View and Store to No" result="Failed" />
                <test-case name="A patient with no recorded decision is shown as &quot;ask&quot;" result="Passed" />
                <test-case name="The request the system sends is a valid Get Resource Permissions" result="Failed" label="Error" />
                <test-case name="Has answers Ask for a patient with no decision" result="Skipped" label="Ignored" />
                <test-case name="A pending step" result="Inconclusive" />
              </test-suite>
            </test-suite>
            """);

        var results = SuiteResultFile.Read(path);

        Assert.That(results.Problem, Is.Null);
        Assert.That(results.Results, Has.Count.EqualTo(5));
        Assert.That(results.Failed, Is.EqualTo(new[]
        {
            "Recording express dissent sets View and Store to No",
            "The request the system sends is a valid Get Resource Permissions",
        }));
    }

    [TestCase("Warning")]
    [TestCase("Cancelled")]
    public void Read_AScenarioThatNeitherPassedNorWasSkipped_CountsAsFailed(string result)
    {
        var path = Write($"""<test-suite type="Assembly" result="Failed" site="Child"><test-case name="S" result="{result}" /></test-suite>""");

        Assert.That(SuiteResultFile.Read(path).Failed, Is.EqualTo(new[] { "S" }));
    }

    [TestCase("SetUp", "set-up")]
    [TestCase("TearDown", "tear-down")]
    public void Read_ARunWhoseOneTimeSetUpOrTearDownFailed_IsAProblemNamingItsMessage(string site, string named)
    {
        var path = Write($"""
            <test-suite type="Assembly" name="SpineConformance.Specs.dll" result="Failed" site="Child">
              <test-suite type="SetUpFixture" fullname="SpineConformance.Specs.TestRun" result="Failed" site="{site}">
                <failure><message><![CDATA[The run's settings have 1 problem(s):
              SutDriver: 'Nonsense' is not a driver]]></message></failure>
                <test-case name="S" result="Failed" site="Parent" />
              </test-suite>
            </test-suite>
            """);

        var results = SuiteResultFile.Read(path);

        Assert.That(results.Problem, Is.EqualTo(
            $"the run's one-time {named} in SpineConformance.Specs.TestRun failed: The run's settings have 1 problem(s): SutDriver: 'Nonsense' is not a driver"));
        Assert.That(results.Failed, Is.EqualTo(new[] { "S" }));
    }

    [Test]
    public void Read_NoFile_IsAProblemWithNoResults()
    {
        var results = SuiteResultFile.Read(Path.Combine(folder, "suite.xml"));

        Assert.That(results.Problem, Does.Contain("was not written"));
        Assert.That(results.Results, Is.Empty);
    }

    [Test]
    public void Read_NotXml_IsAProblem() =>
        Assert.That(SuiteResultFile.Read(Write("Test run aborted")).Problem, Does.Contain("not readable NUnit result XML"));

    [Test]
    public void Read_ADocumentTypeDeclaration_IsRefused() =>
        Assert.That(SuiteResultFile.Read(Write("""<!DOCTYPE test-run [<!ENTITY x "y">]><test-run/>""")).Problem, Does.Contain("not readable NUnit result XML"));

    private string Write(string text)
    {
        var path = Path.Combine(folder, "suite.xml");
        File.WriteAllText(path, text);
        return path;
    }
}
