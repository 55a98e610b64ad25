using System.Xml;
using System.Xml.Schema;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Schema;

/// <summary>
/// Our own XSDs for the Spine messages, compiled once from the assembly's embedded resources.
/// The set is immutable after compilation, so one instance is shared by every validation.
/// </summary>
public static class SpineSchemaSet
{
    private const string ResourcePrefix = "SpineConformance.Schemas.";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    public static XmlSchemaSet Schemas => Compiled.Value;

    /// <summary>The schema files shipped, for documentation and for tests.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        typeof(SpineSchemaSet).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();

    public static Stream Open(string fileName) =>
        typeof(SpineSchemaSet).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
        ?? throw new FileNotFoundException($"No embedded schema named '{fileName}'. Shipped: {string.Join(", ", FileNames)}.");

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        foreach (var file in FileNames)
        {
            using var stream = Open(file);
            using var reader = XmlReader.Create(stream, HardenedXml.ReaderSettings());
            set.Add(XmlSchema.Read(reader, null)!);
        }

        set.Compile();
        return set;
    }
}
