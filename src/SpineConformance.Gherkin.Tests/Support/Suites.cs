using Microsoft.Extensions.DependencyInjection;

namespace SpineConformance.Gherkin.Tests.Support;

/// <summary>Builds a suite over one fixture feature file and chosen bindings, with a recorder and a collecting listener.</summary>
public sealed class Suites
{
    public static string FixturesDirectory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public Recorder Recorder { get; } = new();

    public CollectingListener Listener { get; } = new();

    public FeatureSuite For(string featureFile, params Type[] bindings) => FeatureSuite.Create(b =>
    {
        b.FeaturesFrom(FixturesDirectory, featureFile).BindingTypes(bindings).AddListener(Listener).DryRun(false);
        b.Services.AddSingleton(Recorder);
        b.Services.AddScoped<Counter>();
    });

    public static ScenarioCase Case(FeatureSuite suite, string title) =>
        suite.Scenarios.Single(s => s.Title == title);
}
