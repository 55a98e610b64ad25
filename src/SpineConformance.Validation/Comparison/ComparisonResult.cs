using System.Globalization;
using System.Text;

namespace SpineConformance.Validation.Comparison;

/// <summary>
/// The outcome of comparing one message with an expected message: every difference from the closest form of the
/// template (none when the message matches any form), and a readable report for an assertion or a report step.
/// </summary>
public sealed record ComparisonResult(string InteractionId, string Form, IReadOnlyList<MessageDifference> Differences)
{
    /// <summary>The forms tried, in order; a message matches when it matches any one.</summary>
    public IReadOnlyList<string> FormsTried { get; init; } = [];

    public bool HasDifferences => Differences.Count > 0;

    public string ToReport()
    {
        var report = new StringBuilder();
        var forms = FormsTried.Count > 1 ? $" (closest of {FormsTried.Count} forms: {string.Join(", ", FormsTried)})" : string.Empty;
        if (!HasDifferences)
        {
            report.Append(CultureInfo.InvariantCulture, $"The message matches the expected {InteractionId}, form '{Form}'{forms}.");
            return report.ToString();
        }

        var count = Differences.Count == 1 ? "1 difference" : $"{Differences.Count} differences";
        report.AppendLine(CultureInfo.InvariantCulture, $"The message differs from the expected {InteractionId}, form '{Form}'{forms}: {count}.");
        for (var i = 0; i < Differences.Count; i++)
        {
            var difference = Differences[i];
            report.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {difference.Description}")
                .AppendLine(CultureInfo.InvariantCulture, $"   at       {difference.XPath}")
                .AppendLine(CultureInfo.InvariantCulture, $"   expected {difference.Expected}")
                .AppendLine(CultureInfo.InvariantCulture, $"   actual   {difference.Actual}");
        }

        return report.ToString().TrimEnd();
    }

    public override string ToString() => ToReport();
}
