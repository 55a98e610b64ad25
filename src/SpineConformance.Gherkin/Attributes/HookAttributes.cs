namespace SpineConformance.Gherkin;

/// <summary>
/// A hook runs when any of its tags (with or without '@') is on the scenario or feature; no tags means always.
/// Hooks of one type run in ascending <see cref="Order"/>; equal orders run in discovery order
/// (assemblies in the order given to <c>BindingsFrom</c>, then types and methods in declaration order).
/// After-hooks use the same ascending order.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class HookAttribute(HookType type, string[] tags) : Attribute
{
    public const int DefaultOrder = 10000;

    internal HookType Type { get; } = type;

    public IReadOnlyList<string> Tags { get; } = tags;

    public int Order { get; set; } = DefaultOrder;
}

/// <summary>Runs once, before the first scenario of the run. Static methods only.</summary>
public sealed class BeforeTestRunAttribute() : HookAttribute(HookType.BeforeTestRun, []);

/// <summary>Runs once, from <c>FeatureSuite.RunAfterTestRunAsync</c>. Static methods only.</summary>
public sealed class AfterTestRunAttribute() : HookAttribute(HookType.AfterTestRun, []);

/// <summary>Runs before the first scenario of a feature. Static methods only.</summary>
public sealed class BeforeFeatureAttribute(params string[] tags) : HookAttribute(HookType.BeforeFeature, tags);

/// <summary>Runs after the last scenario of a feature, or at the end of the run when a filter left some out. Static methods only.</summary>
public sealed class AfterFeatureAttribute(params string[] tags) : HookAttribute(HookType.AfterFeature, tags);

public sealed class BeforeScenarioAttribute(params string[] tags) : HookAttribute(HookType.BeforeScenario, tags);

public sealed class AfterScenarioAttribute(params string[] tags) : HookAttribute(HookType.AfterScenario, tags);

public sealed class BeforeStepAttribute(params string[] tags) : HookAttribute(HookType.BeforeStep, tags);

public sealed class AfterStepAttribute(params string[] tags) : HookAttribute(HookType.AfterStep, tags);
