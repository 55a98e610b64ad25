using System.Globalization;
using System.Text;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Captured;

/// <summary>
/// The verdict on one captured message: what it was, which interaction, and every finding (rule, Spine fault, XPath,
/// expected, actual), or why it could not be read at all.
/// </summary>
public sealed record MessageCheck(string Source, CapturedMessageKind Kind, string? InteractionId, ValidationReport Report, string? Unreadable)
{
    /// <summary>Read, and no finding of severity error.</summary>
    public bool IsValid => Unreadable is null && Report.IsValid;

    public IEnumerable<Finding> Errors => Report.Errors;

    /// <summary>A few lines for a person: the verdict, then one line per finding with where it is and what was expected.</summary>
    public override string ToString()
    {
        if (Unreadable is not null)
        {
            return $"{Source}: not checked: {Unreadable}";
        }

        var text = new StringBuilder();
        var errors = Report.Errors.Count();
        var what = $"{Describe(Kind)} {InteractionId ?? "(no interaction)"}";
        text.Append(errors == 0
            ? $"{Source}: valid {what} ({Report.Findings.Count} warning(s))"
            : $"{Source}: {errors} error(s) in {what}");
        foreach (var finding in Report.Findings)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {finding}");
            if (finding.Expected.Length > 0 || finding.Actual.Length > 0)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"      expected: {finding.Expected}")
                    .AppendLine().Append(CultureInfo.InvariantCulture, $"      actual:   {finding.Actual}");
            }
        }

        return text.ToString();
    }

    public static string Describe(CapturedMessageKind kind) => kind switch
    {
        CapturedMessageKind.SyncSoap => "synchronous SOAP",
        CapturedMessageKind.BareHl7 => "bare HL7",
        CapturedMessageKind.Ebxml => "ebXML",
        _ => "unreadable",
    };
}
