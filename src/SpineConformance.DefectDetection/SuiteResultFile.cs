using System.Xml;
using System.Xml.Linq;

namespace SpineConformance.DefectDetection;

/// <summary>
/// Reads the NUnit result XML a suite worker wrote for a run (<c>suite.xml</c>): each scenario's name and result, or why
/// the run as a whole gave none (the file is missing or unreadable, or the run failed before or after its scenarios, in
/// its one-time set-up or tear-down). Never throws for a bad file.
/// </summary>
internal static class SuiteResultFile
{
    /// <summary>Results that are neither a pass nor a skip are failures: the scenario caught something (or broke).</summary>
    private const int MessageLength = 600;

    private static readonly HashSet<string> NotFailures = new(StringComparer.OrdinalIgnoreCase) { "Passed", "Skipped", "Inconclusive" };

    public static SuiteResults Read(string path)
    {
        if (!File.Exists(path))
        {
            return SuiteResults.Unreadable($"{path} was not written.");
        }

        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(path, settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return SuiteResults.Unreadable($"{path} is not readable NUnit result XML: {e.Message}");
        }

        var results = document.Descendants("test-case")
            .Select(c => new SuiteResult((string?)c.Attribute("name") ?? "(unnamed)", (string?)c.Attribute("result") ?? "(none)"))
            .ToList();
        return new SuiteResults(results, SetUpOrTearDownFailure(document));
    }

    public static bool IsFailure(SuiteResult result) => !NotFailures.Contains(result.Outcome);

    // A suite whose one-time set-up or tear-down failed (the run's settings, the simulator not starting) is no verdict on
    // the SUT: NUnit then fails every scenario under it with the same message, which would pass for a caught defect.
    private static string? SetUpOrTearDownFailure(XDocument document) =>
        document.Descendants("test-suite")
            .Where(s => (string?)s.Attribute("result") == "Failed" && (string?)s.Attribute("site") is "SetUp" or "TearDown")
            .Select(s => $"the run's one-time {((string?)s.Attribute("site") == "SetUp" ? "set-up" : "tear-down")} in {(string?)s.Attribute("fullname") ?? "(unnamed)"} "
                + $"failed: {OneLine((string?)s.Element("failure")?.Element("message"))}")
            .FirstOrDefault();

    // The message on one line (the suite's settings report puts each problem on a line of its own), and not a page of it.
    private static string OneLine(string? message)
    {
        var line = string.Join(' ', (message ?? string.Empty).Split((char[])['\r', '\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return line.Length == 0 ? "(no message)" : line.Length <= MessageLength ? line : line[..MessageLength] + "…";
    }
}

/// <summary>One scenario in a run's result file.</summary>
internal sealed record SuiteResult(string Name, string Outcome);

/// <summary>Every scenario in a run's result file, or why the run gave no verdict.</summary>
internal sealed record SuiteResults(IReadOnlyList<SuiteResult> Results, string? Problem)
{
    public IReadOnlyList<string> Failed => [.. Results.Where(SuiteResultFile.IsFailure).Select(r => r.Name).Order(StringComparer.Ordinal)];

    public static SuiteResults Unreadable(string why) => new([], why);
}
