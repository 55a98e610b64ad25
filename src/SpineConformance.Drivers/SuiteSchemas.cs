using System.Xml.Linq;
using SpineConformance.Drivers.Settings;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Drivers;

/// <summary>
/// The schemas this run checks the system's messages against (<c>SchemaSource</c>): the suite's own, or a folder of
/// official schemas the tester keeps, read on first use.
/// </summary>
public sealed class SuiteSchemas(SuiteSettings settings)
{
    private readonly Lazy<SchemaFolder?> folder = new(() =>
        settings.SchemaSource == SuiteSettings.OurSchemas ? null : new SchemaFolder(settings.SchemaSource), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>In words, for reports: "SpineConformance schemas" or "schemas in /path".</summary>
    public string Name => folder.Value is { } official ? $"schemas in {official.Folder}" : "SpineConformance schemas";

    public ValidationReport Validate(XElement interaction) =>
        new(folder.Value is { } official ? official.Validate(interaction) : SchemaValidator.Ours.Validate(interaction));
}
