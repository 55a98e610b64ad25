using System.Xml;
using System.Xml.Linq;

namespace SpineConformance.DefectDetection;

/// <summary>Reads the test results a run's TRX logger wrote: each test's name and outcome. Never throws for a bad file.</summary>
internal static class TrxFile
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Outcomes that are neither a pass nor a skip: the scenario caught something (or broke).</summary>
    private static readonly HashSet<string> NotFailures = new(StringComparer.OrdinalIgnoreCase) { "Passed", "NotExecuted" };

    public static TrxResults Read(string path)
    {
        if (!File.Exists(path))
        {
            return TrxResults.Unreadable($"{path} was not written.");
        }

        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(path, settings);
            var results = XDocument.Load(reader).Descendants(Trx + "UnitTestResult")
                .Select(r => new TrxResult(r.Attribute("testName")?.Value ?? "(unnamed)", r.Attribute("outcome")?.Value ?? "(none)"))
                .ToList();
            return new TrxResults(results, null);
        }
        catch (XmlException e)
        {
            return TrxResults.Unreadable($"{path} is not a readable TRX file: {e.Message}");
        }
    }

    public static bool IsFailure(TrxResult result) => !NotFailures.Contains(result.Outcome);
}

/// <summary>One test in a TRX file.</summary>
internal sealed record TrxResult(string Name, string Outcome);

/// <summary>Every test in a TRX file, or why there are none.</summary>
internal sealed record TrxResults(IReadOnlyList<TrxResult> Results, string? Problem)
{
    public IReadOnlyList<string> Failed => [.. Results.Where(TrxFile.IsFailure).Select(r => r.Name).Order(StringComparer.Ordinal)];

    public static TrxResults Unreadable(string why) => new([], why);
}
