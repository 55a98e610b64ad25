using SpineConformance.Gherkin.Tests.Bindings;
using SpineConformance.Gherkin.Tests.Support;

namespace SpineConformance.Gherkin.Tests;

public sealed partial class FeatureSuiteTests
{
    private FeatureSuite Arguments() => suites.For("arguments.feature", typeof(ArgumentSteps));

    [Test]
    public async Task ExecuteAsync_TransformationAndBuiltIns_ConvertCaptures()
    {
        var suite = Arguments();

        var outcome = await suite.ExecuteAsync(Suites.Case(suite, "Transformation and built-in conversions"));

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Passed), outcome.Error?.Message);
        Assert.That(suites.Recorder.Entries, Is.EqualTo(new[] { "9434765919 born 2001-02-03", "consent OptedOut" }));
    }

    [Test]
    public async Task ExecuteAsync_Tables_CreateSetAndCreateInstanceMatchColumnsToMembers()
    {
        var suite = Arguments();

        var outcome = await suite.ExecuteAsync(Suites.Case(suite, "Tables as sets and instances"));

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Passed), outcome.Error?.Message);
        Assert.That(suites.Recorder.Entries, Is.EqualTo(new[]
        {
            "patient 9434765919 Smith 42",
            "patient 9434765870 Jones 7",
            "address 1 High St / LS1 4HR",
        }));
    }

    [Test]
    public async Task ExecuteAsync_DocString_IsPassedAsTheLastArgument()
    {
        var suite = Arguments();

        var outcome = await suite.ExecuteAsync(Suites.Case(suite, "Doc strings"));

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Passed), outcome.Error?.Message);
        Assert.That(suites.Recorder.Entries, Is.EqualTo(new[] { "message <hello>world</hello>" }));
    }
}
