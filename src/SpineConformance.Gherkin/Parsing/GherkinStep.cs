namespace SpineConformance.Gherkin;

/// <summary>One step of a scenario, with outline placeholders already filled in.</summary>
/// <param name="Keyword">The keyword as written, trimmed (e.g. "And").</param>
/// <param name="Kind">The kind the step binds as; And/But take the previous step's kind.</param>
public sealed record GherkinStep(
    string Keyword,
    StepKind Kind,
    string Text,
    int Line,
    Table? DataTable,
    string? DocString)
{
    public override string ToString() => $"{Keyword} {Text}";
}
