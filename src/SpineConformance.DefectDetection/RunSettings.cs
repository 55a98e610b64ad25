using SpineConformance.Hl7.Xml;

namespace SpineConformance.DefectDetection;

/// <summary>What the suite's <c>runsettings.xml</c> defines: its settings are <c>&lt;Parameter name="…" value="…"/&gt;</c> elements.</summary>
internal static class RunSettings
{
    public static bool Defines(string path, string setting) =>
        File.Exists(path)
        && HardenedXml.Load(File.ReadAllBytes(path)).Document is { } document
        && document.Descendants("Parameter").Any(p => (string?)p.Attribute("name") == setting);
}
