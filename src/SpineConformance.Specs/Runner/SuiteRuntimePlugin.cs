using Reqnroll.Events;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.UnitTestProvider;
using SpineConformance.Drivers.Settings;
using SpineConformance.Reporting;
using SpineConformance.Specs.Runner;
using SpineConformance.Specs.Support;

[assembly: RuntimePlugin(typeof(SuiteRuntimePlugin))]

namespace SpineConformance.Specs.Runner;

/// <summary>
/// What Reqnroll.NUnit would add, and the suite's composition: NUnit as the unit-test provider (<see cref="NUnitRuntimeProvider"/>
/// under the name "nunit") with its attachment handler, the run's services in Reqnroll's containers (<see cref="SuiteServices"/>), and an Allure
/// writer fed from every test thread's execution events. Also maps the suite's own switches onto Reqnroll's: DryRun
/// (or <c>SPINE_DRY_RUN=1</c>) onto <c>REQNROLL_DRY_RUN</c>, and the Cucumber reports into <c>reports/</c>.
/// </summary>
public sealed class SuiteRuntimePlugin : IRuntimePlugin
{
    public void Initialize(RuntimePluginEvents runtimePluginEvents, RuntimePluginParameters runtimePluginParameters, UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        ArgumentNullException.ThrowIfNull(runtimePluginEvents);
        ArgumentNullException.ThrowIfNull(unitTestProviderConfiguration);
        ReqnrollSwitches.Apply(RunSettings.Current);
        var writer = SuiteServices.CreateAllureWriter(RunSettings.Current);

        runtimePluginEvents.RegisterGlobalDependencies += (_, e) =>
            e.ObjectContainer.RegisterTypeAs<NUnitRuntimeProvider, IUnitTestRuntimeProvider>(NUnitRuntimeProvider.Name);
        runtimePluginEvents.CustomizeGlobalDependencies += (_, e) => SuiteServices.AddRunServices(e.ObjectContainer, RunSettings.Current, writer);
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, e) =>
        {
            e.ObjectContainer.RegisterTypeAs<NUnitAttachmentHandler, IReqnrollAttachmentHandler>();
            e.ObjectContainer.Resolve<ITestThreadExecutionEventPublisher>().AddListener(new ReportEventBridge(writer, FeatureFiles.Suite, TimeProvider.System));
        };
        runtimePluginEvents.CustomizeScenarioDependencies += (_, e) => SuiteServices.AddScenarioServices(e.ObjectContainer, RunSettings.Current);
        unitTestProviderConfiguration.UseUnitTestProvider(NUnitRuntimeProvider.Name);
    }
}
