namespace SpineConformance.Gherkin.Bindings;

/// <summary>Everything found on [Binding] classes, plus every problem found while looking, reported together.</summary>
internal sealed class BindingRegistry(
    IReadOnlyList<Type> bindingTypes,
    IReadOnlyList<StepBinding> steps,
    IReadOnlyList<HookBinding> hooks,
    IReadOnlyList<TransformationBinding> transformations,
    IReadOnlyList<string> errors)
{
    public IReadOnlyList<Type> BindingTypes { get; } = bindingTypes;

    public IReadOnlyList<StepBinding> Steps { get; } = steps;

    public IReadOnlyList<TransformationBinding> Transformations { get; } = transformations;

    public IReadOnlyList<string> Errors { get; } = errors;

    public bool IsValid => Errors.Count == 0;

    /// <summary>Hooks of one type that apply to <paramref name="tags"/>, in execution order.</summary>
    public IEnumerable<HookBinding> HooksFor(HookType type, IReadOnlyCollection<string> tags) =>
        hooks.Where(h => h.Type == type && h.AppliesTo(tags)).OrderBy(h => h.Order).ThenBy(h => h.Sequence);
}
