using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Schema;

/// <summary>
/// Schemas read from a folder at run time, such as the official MIM and tightened ACS XSDs a tester keeps beside the
/// suite (their licence lets them be used, not shipped). An interaction's root XSD is the file named after it anywhere
/// under the folder (<c>REPC_IN010000UK15.xsd</c>); each root is compiled once, into its own set, because releases that
/// declare the same HL7 datatypes cannot share one. Includes and imports are followed only inside the folder.
/// </summary>
public sealed class SchemaFolder
{
    private readonly Dictionary<string, string> roots;
    private readonly ConcurrentDictionary<string, Lazy<SchemaValidator>> compiled = new(StringComparer.Ordinal);

    public SchemaFolder(string folder)
    {
        Folder = Path.GetFullPath(folder);
        var files = Directory.EnumerateFiles(Folder, "*.xsd", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var twice = files.GroupBy(Path.GetFileNameWithoutExtension, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        if (twice.Count > 0)
        {
            throw new InvalidDataException(
                $"The schema folder {Folder} holds more than one file of the same name, so the root for an interaction is ambiguous: "
                + string.Join("; ", twice.Select(g => string.Join(", ", g.Select(f => Path.GetRelativePath(Folder, f))))));
        }

        roots = files.ToDictionary(f => Path.GetFileNameWithoutExtension(f)!, StringComparer.Ordinal);
    }

    public string Folder { get; }

    /// <summary>How many XSD files the folder holds.</summary>
    public int Count => roots.Count;

    /// <summary>
    /// Validates an interaction element against its root XSD; a finding says so when the folder has none for it. Throws
    /// <see cref="InvalidDataException"/>, listing every error, when the root does not compile.
    /// </summary>
    public IReadOnlyList<Finding> Validate(XElement interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var name = interaction.Name.LocalName;
        if (!roots.TryGetValue(name, out var path))
        {
            return [new Finding(SchemaValidator.RuleId, null, ValidationLayer.Schema, Severity.Error, XmlPath.Of(interaction),
                $"a schema named {name}.xsd under {Folder}", "none",
                $"The schema folder {Folder} has no {name}.xsd, so the {name} the system sent cannot be checked against it.")];
        }

        return compiled.GetOrAdd(name, _ => new Lazy<SchemaValidator>(() => Compile(path), LazyThreadSafetyMode.ExecutionAndPublication))
            .Value.Validate(interaction);
    }

    private SchemaValidator Compile(string root)
    {
        var errors = new List<string>();
        var set = new XmlSchemaSet { XmlResolver = new ConfinedResolver(Folder) };
        set.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.SourceUri} line {e.Exception.LineNumber}: {e.Message}");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using (var reader = XmlReader.Create(root, settings))
        {
            set.Add(XmlSchema.Read(reader, (_, e) => errors.Add($"{root}: {e.Message}"))!);
        }

        set.Compile();
        return errors.Count == 0
            ? new SchemaValidator(set, $"schema {Path.GetRelativePath(Folder, root)}")
            : throw new InvalidDataException($"The schema {root} does not compile ({errors.Count} errors): {string.Join(" | ", errors)}");
    }

    // Opens only file: URIs inside the folder, so a schema can reach neither the network nor the rest of the disk.
    private sealed class ConfinedResolver(string folder) : XmlUrlResolver
    {
        private readonly string root = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            ArgumentNullException.ThrowIfNull(absoluteUri);
            var path = absoluteUri.IsFile ? Path.GetFullPath(absoluteUri.LocalPath) : null;
            return path is not null && path.StartsWith(root, StringComparison.Ordinal) && (ofObjectToReturn is null || ofObjectToReturn == typeof(Stream))
                ? File.OpenRead(path)
                : throw new XmlException($"Refused to read '{absoluteUri}': schemas are read only from {root}.");
        }
    }
}
