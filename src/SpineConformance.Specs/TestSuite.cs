using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Gherkin;
using SpineConformance.Reporting;
using SpineConformance.Specs.Drivers;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs;

/// <summary>The suite's composition: the features, the bindings, the services steps receive and the Allure writer.</summary>
public static class TestSuite
{
    public static readonly FeatureSuite Suite = FeatureSuite.Create(b =>
    {
        b.FeaturesFrom(Path.Combine(AppContext.BaseDirectory, "features"));
        b.BindingsFrom(typeof(TestSuite).Assembly);
        b.Services.AddSingleton(TestIdentities.ReferenceSut);
        b.Services.AddSingleton<SuiteEnvironment>();
        b.Services.AddSingleton<SimulatorControl>();
        b.Services.AddSingleton(_ => new HttpClient { Timeout = TimeSpan.FromSeconds(60) });
        b.Services.AddSingleton<TestHookDriver>();
        b.Services.AddSingleton<ISutDriver>(p => p.GetRequiredService<TestHookDriver>());
        b.Services.AddSingleton<ISutLrDriver>(p => p.GetRequiredService<TestHookDriver>());
        b.Services.AddScoped<ScenarioState>();
        b.Services.AddScoped<Evidence>();
        b.AddListener(new AllureWriter(new AllureWriterOptions
        {
            ResultsDirectory = ReportPaths.AllureResults(),
            Environment = new Dictionary<string, string>
            {
                ["Product.Version"] = typeof(TestSuite).Assembly.GetName().Version?.ToString() ?? "unknown",
                ["Simulator.Mode"] = "in-process",
                ["Schema.Source"] = "SpineConformance schemas",
                ["Sut.Driver"] = "test hook (reference SUT, in-process)",
            },
        }));
    });
}
