using System.CommandLine;
using SpineConformance.Validation.Captured;

namespace SpineConformance.Validation.Tool;

/// <summary>
/// The <c>spine-validate</c> command line. Exit code 0 when every message was read and is valid, 1 when a message has
/// an error finding, 2 when a file could not be read or the command line was wrong (unread files are never "valid").
/// </summary>
public static class ValidateCommandLine
{
    public const int Valid = 0;
    public const int Findings = 1;
    public const int Unreadable = 2;

    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Captured request messages: a SOAP envelope, a bare HL7 interaction or an ebXML MIME package, with or without the HTTP request line and headers in front.",
            Arity = ArgumentArity.OneOrMore,
        };
        var interaction = new Option<string?>("--interaction")
        {
            Description = "Check each message as this interaction (e.g. GET_RESOURCE_PERMISSIONS_INUK01); a message for another one is an error. Default: the interaction the message names.",
            HelpName = "ID",
        };
        var format = new Option<ReportFormat>("--format")
        {
            Description = "text (default), json, or junit (JUnit XML for a CI server).",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var root = new RootCommand(
            "Checks captured NHS Spine ACS and LR requests with Spine's rules and SpineConformance's schemas.\n\n"
            + "Exit code: 0 every message valid, 1 a message has an error finding, 2 a file could not be read.\n\n"
            + "Examples:\n"
            + "  spine-validate captured/get-1.xml captured/create-lr.msg\n"
            + "  spine-validate logs/*.xml --interaction SET_RESOURCE_PERMISSIONS_INUK01 --format junit > spine-validate.xml\n"
            + $"\nInteractions: {string.Join(", ", CapturedMessageValidator.InteractionIds)}")
        {
            files, interaction, format,
        };
        root.SetAction(result => Run(result.GetValue(files)!, result.GetValue(interaction), result.GetValue(format), output, error));
        return root;
    }

    public static int Run(IReadOnlyList<string> files, string? interaction, ReportFormat format, TextWriter output, TextWriter error)
    {
        if (interaction is not null && !CapturedMessageValidator.InteractionIds.Contains(interaction, StringComparer.Ordinal))
        {
            error.WriteLine($"spine-validate: '{interaction}' is not an ACS or LR request interaction (known: {string.Join(", ", CapturedMessageValidator.InteractionIds)}).");
            return Unreadable;
        }

        var checks = new List<MessageCheck>(files.Count);
        foreach (var file in files)
        {
            var check = CapturedMessageValidator.Validate(CapturedMessage.ReadFile(file), interaction, file);
            checks.Add(check);
            if (check.Unreadable is not null)
            {
                // One line per file that could not be read, on stderr whatever the format, so it is never missed.
                error.WriteLine($"spine-validate: {file}: not checked: {check.Unreadable}.");
            }
        }

        switch (format)
        {
            case ReportFormat.Json:
                JsonReport.Write(checks, output);
                break;
            case ReportFormat.Junit:
                JunitReport.Write(checks, output);
                break;
            default:
                TextReport.Write(checks, output);
                break;
        }

        return checks.Any(c => c.Unreadable is not null) ? Unreadable
            : checks.Any(c => !c.IsValid) ? Findings
            : Valid;
    }
}
