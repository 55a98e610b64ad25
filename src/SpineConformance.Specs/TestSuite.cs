using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Gherkin;
using SpineConformance.Reporting;
using SpineConformance.Specs.Drivers;
using SpineConformance.Specs.Support;
using SpineConformance.Specs.Support.Simulator;
using SpineConformance.Specs.Support.Settings;

namespace SpineConformance.Specs;

/// <summary>The suite's composition: the features, the bindings, the services steps receive and the Allure writer.</summary>
public static class TestSuite
{
    public static readonly FeatureSuite Suite = FeatureSuite.Create(b =>
    {
        b.FeaturesFrom(Path.Combine(AppContext.BaseDirectory, "features"));
        b.BindingsFrom(typeof(TestSuite).Assembly);
        var settings = RunSettings.Current;
        b.Services.AddSingleton(settings);
        b.Services.AddSingleton<SuiteEnvironment>();
        b.Services.AddSingleton<SuiteSchemas>();
        b.Services.AddSingleton(p => p.GetRequiredService<SuiteEnvironment>().Simulator);
        b.Services.AddSingleton(_ => new HttpClient { Timeout = TimeSpan.FromSeconds(60) });
        AddDriver(b.Services, settings.SutDriver);
        b.Services.AddScoped<ScenarioState>();
        b.Services.AddScoped<Evidence>();
        b.AddListener(new AllureWriter(new AllureWriterOptions
        {
            ResultsDirectory = ReportPaths.AllureResults(),
            RunParameters = new Dictionary<string, string> { ["SUT driver"] = settings.SutDriver.ToString() },
            Environment = new Dictionary<string, string>(settings.Describe())
            {
                ["Product.Version"] = typeof(TestSuite).Assembly.GetName().Version?.ToString() ?? "unknown",
            },
        }));
    });

    // One driver serves both the ACS and the LR steps.
    private static void AddDriver(IServiceCollection services, SutDriverKind driver)
    {
        switch (driver)
        {
            case SutDriverKind.TestHook:
                services.AddSingleton<TestHookDriver>();
                services.AddSingleton<ISutDriver>(p => p.GetRequiredService<TestHookDriver>());
                services.AddSingleton<ISutLrDriver>(p => p.GetRequiredService<TestHookDriver>());
                break;
            case SutDriverKind.Playwright:
                // One browser for the run; a driver, with its own page and session, per scenario.
                services.AddSingleton<Drivers.Web.ChromiumPool>();
                services.AddSingleton<Drivers.Web.PageMapFile>();
                services.AddScoped<Drivers.Web.PlaywrightDriver>();
                services.AddScoped<ISutDriver>(p => p.GetRequiredService<Drivers.Web.PlaywrightDriver>());
                services.AddScoped<ISutLrDriver>(p => p.GetRequiredService<Drivers.Web.PlaywrightDriver>());
                break;
            case SutDriverKind.Manual:
                // One tester for the run; a driver per scenario, which has the tester until the scenario ends.
                services.AddSingleton(_ => new Drivers.Manual.ManualTesterSession(Drivers.Manual.TesterTerminal.Open));
                services.AddScoped(p => Drivers.Manual.ManualScenario.From(p.GetRequiredService<SpineConformance.Gherkin.ScenarioContext>()));
                services.AddScoped<Drivers.Manual.ManualDriver>();
                services.AddScoped<ISutDriver>(p => p.GetRequiredService<Drivers.Manual.ManualDriver>());
                services.AddScoped<ISutLrDriver>(p => p.GetRequiredService<Drivers.Manual.ManualDriver>());
                break;
            default:
                services.AddSingleton<InProcessDriver>();
                services.AddSingleton<ISutDriver>(p => p.GetRequiredService<InProcessDriver>());
                services.AddSingleton<ISutLrDriver>(p => p.GetRequiredService<InProcessDriver>());
                break;
        }
    }
}
