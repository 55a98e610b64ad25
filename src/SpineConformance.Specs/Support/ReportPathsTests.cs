namespace SpineConformance.Specs.Support;

/// <summary>Issue 16: a relative SPINE_ALLURE_RESULTS landed under the test project's bin folder, so the TestHook and
/// Playwright runs were missing from the rendered report.</summary>
[TestFixture]
public sealed class ReportPathsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "clone");

    [Test]
    public void AllureResults_RelativeEnvironmentVariable_IsTakenFromTheRepositoryRoot() =>
        Assert.That(ReportPaths.AllureResults("reports/allure-results-testhook", "reports/allure-results", Root),
            Is.EqualTo(Path.Combine(Root, "reports", "allure-results-testhook")));

    [Test]
    public void AllureResults_NoEnvironmentVariable_IsTheRunParameterFromTheRepositoryRoot() =>
        Assert.That(ReportPaths.AllureResults(null, "reports/allure-results", Root), Is.EqualTo(Path.Combine(Root, "reports", "allure-results")));

    [Test]
    public void AllureResults_AbsolutePath_IsKept() =>
        Assert.That(ReportPaths.AllureResults("/tmp/results", "reports/allure-results", Root), Is.EqualTo("/tmp/results"));
}
