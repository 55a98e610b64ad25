using SpineConformance.Validation.Captured;

namespace SpineConformance.Validation.Tool;

/// <summary>The verdicts for a person: each readable message with its findings, then a one-line total.</summary>
internal static class TextReport
{
    public static void Write(IReadOnlyList<MessageCheck> checks, TextWriter output)
    {
        foreach (var check in checks.Where(c => c.Unreadable is null))
        {
            output.WriteLine(check.ToString());
        }

        var valid = checks.Count(c => c.IsValid);
        var invalid = checks.Count(c => c.Unreadable is null && !c.IsValid);
        var unread = checks.Count(c => c.Unreadable is not null);
        output.WriteLine($"{checks.Count} message(s): {valid} valid, {invalid} with errors, {unread} not read.");
    }
}
