using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Gherkin.Events;

namespace SpineConformance.Gherkin;

/// <summary>Configures a <see cref="FeatureSuite"/>. Listeners receive events in the order they are added.</summary>
public sealed class FeatureSuiteBuilder
{
    internal List<(string Directory, string SearchPattern)> FeatureSources { get; } = [];

    internal List<Assembly> BindingAssemblies { get; } = [];

    internal List<Type> BindingTypeList { get; } = [];

    internal List<RunnerListener> Listeners { get; } = [];

    internal TimeProvider Time { get; private set; } = TimeProvider.System;

    internal bool? DryRunSetting { get; private set; }

    /// <summary>Test-run singletons and per-scenario scoped services. Binding classes are added as scoped for you.</summary>
    public IServiceCollection Services { get; } = new ServiceCollection();

    /// <summary>Reads every file under <paramref name="directory"/> (recursively) that matches <paramref name="searchPattern"/>.</summary>
    public FeatureSuiteBuilder FeaturesFrom(string directory, string searchPattern = "*.feature")
    {
        FeatureSources.Add((directory, searchPattern));
        return this;
    }

    /// <summary>Uses every [Binding] class in <paramref name="assemblies"/>.</summary>
    public FeatureSuiteBuilder BindingsFrom(params Assembly[] assemblies)
    {
        BindingAssemblies.AddRange(assemblies);
        return this;
    }

    /// <summary>Uses only these [Binding] classes; handy when one assembly holds bindings for several suites.</summary>
    public FeatureSuiteBuilder BindingTypes(params Type[] types)
    {
        BindingTypeList.AddRange(types);
        return this;
    }

    public FeatureSuiteBuilder AddListener(RunnerListener listener)
    {
        Listeners.Add(listener);
        return this;
    }

    public FeatureSuiteBuilder AddListener(Action<RunnerEvent> onEvent) => AddListener(new DelegateListener(onEvent));

    /// <summary>The clock for event timestamps and step timings. The default value is <see cref="TimeProvider.System"/>;
    /// it is also registered as the container's <see cref="TimeProvider"/> unless one is registered already.</summary>
    public FeatureSuiteBuilder UseTimeProvider(TimeProvider time)
    {
        Time = time;
        return this;
    }

    /// <summary>Forces dry run on or off. The default value is on when SPINE_DRY_RUN is 1 or true, or the NUnit
    /// test parameter DryRun is true.</summary>
    public FeatureSuiteBuilder DryRun(bool enabled)
    {
        DryRunSetting = enabled;
        return this;
    }
}
