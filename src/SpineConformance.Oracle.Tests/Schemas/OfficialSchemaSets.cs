using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Schema;

namespace SpineConformance.Oracle.Tests.Schemas;

/// <summary>
/// The official schemas compiled once per run, one <see cref="XmlSchemaSet"/> per root XSD, straight from the shared
/// reference folder. A schema that does not compile fails every test that needs it, listing every compile error.
/// </summary>
public static class OfficialSchemaSets
{
    private static readonly ConcurrentDictionary<OfficialSchema, Lazy<XmlSchemaSet>> Compiled = new();

    public static XmlSchemaSet For(OfficialSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Compiled.GetOrAdd(schema, s => new Lazy<XmlSchemaSet>(() => Compile(s), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private static XmlSchemaSet Compile(OfficialSchema schema)
    {
        var folder = OfficialSchemaFolder.Path;
        var errors = new List<string>();
        var set = new XmlSchemaSet { XmlResolver = new OfficialSchemaResolver(folder) };
        set.ValidationEventHandler += (_, e) => errors.Add($"[{e.Severity}] {e.Exception.SourceUri} line {e.Exception.LineNumber}: {e.Message}");

        // The root is read by our own hardened reader; the set's resolver then follows its relative includes and imports.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using (var reader = XmlReader.Create(schema.FullPath(folder), settings))
        {
            set.Add(XmlSchema.Read(reader, (_, e) => errors.Add($"[{e.Severity}] {schema.RelativePath}: {e.Message}"))!);
        }

        set.Compile();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"The official schema {schema.FullPath(folder)} did not compile ({errors.Count} errors):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        return set;
    }
}
