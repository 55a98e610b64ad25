using System.Text.Encodings.Web;
using System.Text.Json;
using SpineConformance.Validation.Captured;

namespace SpineConformance.Validation.Tool;

/// <summary>Every verdict and finding as one JSON document (camelCase), for scripts.</summary>
internal static class JsonReport
{
    // Written to a file or a pipe, never into HTML: quotes and apostrophes in Spine's texts stay as they are.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(IReadOnlyList<MessageCheck> checks, TextWriter output)
    {
        var document = new
        {
            valid = checks.Count(c => c.IsValid),
            withErrors = checks.Count(c => c.Unreadable is null && !c.IsValid),
            notRead = checks.Count(c => c.Unreadable is not null),
            messages = checks.Select(c => new
            {
                file = c.Source,
                kind = c.Kind.ToString(),
                interaction = c.InteractionId,
                valid = c.IsValid,
                notRead = c.Unreadable,
                findings = c.Report.Findings.Select(f => new
                {
                    ruleId = f.RuleId,
                    faultName = f.FaultName,
                    layer = f.Layer.ToString(),
                    severity = f.Severity.ToString(),
                    xpath = f.XPath,
                    line = f.Line,
                    expected = f.Expected,
                    actual = f.Actual,
                    message = f.Message,
                }),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, Options));
    }
}
