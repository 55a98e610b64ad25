using SpineConformance.Gherkin.Bindings;

namespace SpineConformance.Gherkin.Matching;

internal enum StepMatchKind
{
    Bound,
    Undefined,
    Ambiguous,
}

/// <summary>The answer to "which method runs this step?", with the reason when the answer is none or several.</summary>
internal sealed record StepMatch(
    StepMatchKind Kind,
    StepBinding? Binding,
    IReadOnlyList<string> Captures,
    IReadOnlyList<StepBinding> Candidates,
    string Explanation)
{
    public static StepMatch Bound(StepBinding binding, IReadOnlyList<string> captures) =>
        new(StepMatchKind.Bound, binding, captures, [binding], string.Empty);

    public static StepMatch Undefined(string explanation, IReadOnlyList<StepBinding> nearMisses) =>
        new(StepMatchKind.Undefined, null, [], nearMisses, explanation);

    public static StepMatch Ambiguous(string explanation, IReadOnlyList<StepBinding> candidates) =>
        new(StepMatchKind.Ambiguous, null, [], candidates, explanation);
}
