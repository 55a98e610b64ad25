using System.Globalization;
using System.Xml.Linq;
using SpineConformance.Validation.Captured;

namespace SpineConformance.Validation.Tool;

/// <summary>
/// JUnit XML for a CI server: one test case per message; a message with errors is a failure listing its findings, a
/// file that could not be read is an error.
/// </summary>
internal static class JunitReport
{
    public static void Write(IReadOnlyList<MessageCheck> checks, TextWriter output)
    {
        var failures = checks.Count(c => c.Unreadable is null && !c.IsValid);
        var errors = checks.Count(c => c.Unreadable is not null);
        var suite = new XElement("testsuite",
            new XAttribute("name", "spine-validate"),
            new XAttribute("tests", checks.Count.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("failures", failures.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("errors", errors.ToString(CultureInfo.InvariantCulture)),
            checks.Select(Case));
        var document = new XDocument(new XElement("testsuites", suite));
        output.WriteLine(document.ToString());
    }

    private static XElement Case(MessageCheck check)
    {
        var name = check.InteractionId is null ? check.Source : $"{check.Source} ({check.InteractionId})";
        var testCase = new XElement("testcase", new XAttribute("classname", "spine-validate"), new XAttribute("name", name));
        if (check.Unreadable is not null)
        {
            testCase.Add(new XElement("error", new XAttribute("message", $"not checked: {check.Unreadable}")));
        }
        else if (!check.IsValid)
        {
            var count = check.Errors.Count();
            testCase.Add(new XElement("failure",
                new XAttribute("message", $"{count} error(s): {string.Join("; ", check.Errors.Select(e => e.RuleId))}"),
                check.ToString()));
        }

        return testCase;
    }
}
