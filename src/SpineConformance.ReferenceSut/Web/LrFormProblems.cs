using SpineConformance.Hl7.Lr;
using SpineConformance.ReferenceSut.Lr;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// Every problem with one LR form, keyed by the id of the control at fault, so the page lists them all at once and
/// sends nothing while any remains. The checks are <see cref="LrInputRules"/>, the same the test hook makes.
/// </summary>
internal sealed class LrFormProblems
{
    private readonly List<(string Field, string Message)> problems = [];

    public bool Any => problems.Count > 0;

    public IReadOnlyList<(string Field, string Message)> All => problems;

    /// <summary>The trimmed value, or empty (and a problem) when blank.</summary>
    public string Required(string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add((field, message));
            return string.Empty;
        }

        return value.Trim();
    }

    /// <summary>A code the user must choose; it must be a current code of <paramref name="list"/>, as the hook requires.</summary>
    public string Code(string field, LrCodeList list, string? code, string what)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            problems.Add((field, $"Choose {what}."));
            return string.Empty;
        }

        Rule(field, LrInputRules.Code(list, code.Trim()));
        return code.Trim();
    }

    public string? OptionalCode(string field, LrCodeList list, string? code, string what) =>
        string.IsNullOrWhiteSpace(code) ? null : Code(field, list, code, what);

    /// <summary>The non-blank entries of a list typed as text; at least one is required.</summary>
    public IReadOnlyList<string> Entries(string field, string? text, char[] separators, string message)
    {
        var entries = (text ?? string.Empty).Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (entries.Length == 0)
        {
            problems.Add((field, message));
        }

        return entries;
    }

    public void Rule(string field, string? problem)
    {
        if (problem is not null)
        {
            problems.Add((field, problem));
        }
    }
}
