using SpineConformance.Hl7.Lr;
using SpineConformance.ReferenceSut.Lr;

namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>The checks of the LR hooks' fields; LR codes must be in their MIM code list so the SUT never sends an unknown code.</summary>
internal sealed partial class HookRequestProblems
{
    /// <summary>Every message, for a screen that lists them rather than answering 400.</summary>
    public IEnumerable<string> Messages => errors.Values.SelectMany(m => m);

    public string Required(string field, string? value, string what, string example)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{what} is required.", $"Give {what.ToLowerInvariant()}, e.g. {example}.");
            return string.Empty;
        }

        return value.Trim();
    }

    public string Code(string field, LrCodeList list, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            Add(field, $"A {list.Name} code is required.", LrInputRules.Code(list, code) ?? string.Empty);
            return string.Empty;
        }

        if (LrInputRules.Code(list, code.Trim()) is { } problem)
        {
            Add(field, $"The {list.Name} code is not one the SUT sends.", problem);
        }

        return code.Trim();
    }

    public string? OptionalCode(string field, LrCodeList list, string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : Code(field, list, code);

    /// <summary>A non-empty list with no blank entry; <paramref name="what"/> names one entry.</summary>
    public IReadOnlyList<string> List(string field, IReadOnlyList<string>? values, string what, string example)
    {
        if (values is null || values.Count == 0)
        {
            Add(field, $"At least one {what} is required.", $"Give a list, e.g. {example}.");
            return [];
        }

        if (values.Any(string.IsNullOrWhiteSpace))
        {
            Add(field, $"A {what} in the list is blank.", $"Every {what} must have a value.");
        }

        return [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())];
    }

    /// <summary>Optional ids: absent is an empty list, but a blank entry is a problem.</summary>
    public IReadOnlyList<string> OptionalList(string field, IReadOnlyList<string>? values, string what) =>
        values is null || values.Count == 0 ? [] : List(field, values, what, "[]");

    public void Rule(string field, string? problem)
    {
        if (problem is not null)
        {
            Add(field, "The request breaks an LR rule.", problem);
        }
    }
}
