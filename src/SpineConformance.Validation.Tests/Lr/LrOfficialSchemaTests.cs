using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace SpineConformance.Validation.Tests.Lr;

/// <summary>
/// A check of our reading of the MIM, not a product dependency: every LR message our builders produce, validated against
/// the official MIM 7.2.02 schema of its interaction, read at test time from <c>../shared/spine-reference/schemas</c>
/// beside the repository (never copied into it). Ignored when that folder is absent.
/// </summary>
public sealed class LrOfficialSchemaTests
{
    private static readonly ConcurrentDictionary<string, XmlSchemaSet> Sets = new();

    private static readonly Lazy<string?> Folder = new(Locate);

    [TestCaseSource(typeof(LrBuiltMessages), nameof(LrBuiltMessages.All))]
    public void BuiltMessage_IsValidAgainstTheOfficialSchema(Func<XElement> build)
    {
        var message = build();

        var errors = OfficialErrors(message);

        Assert.That(errors, Is.Empty, () => $"{message.Name.LocalName} against the official schema:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Test]
    public void CreateRequestWithoutLrType_IsRejectedByTheOfficialSchema()
    {
        var message = LrBuiltMessages.Messages()[0].Build();
        message.Descendants().Single(e => e.Name.LocalName == "reasonCode" && e.Parent!.Name.LocalName == "CreateRequest").Remove();

        Assert.That(OfficialErrors(message), Is.Not.Empty, "the oracle must be able to say no, or its yes means nothing");
    }

    private static List<string> OfficialErrors(XElement message)
    {
        var folder = Folder.Value;
        if (folder is null)
        {
            Assert.Ignore("The official MIM 7.2.02 schemas are not at ../shared/spine-reference/schemas/mim-7.2.02 beside the repository, so our reading of them cannot be checked here.");
        }

        var set = Sets.GetOrAdd(message.Name.LocalName, root => Compile(folder!, root));
        var errors = new List<string>();
        new XDocument(new XElement(message)).Validate(set, (sender, e) => errors.Add($"{(sender as XObject) switch { XElement el => el.Name.LocalName, XAttribute a => "@" + a.Name.LocalName, _ => "?" }}: {e.Message}"));
        return errors;
    }

    private static XmlSchemaSet Compile(string folder, string root)
    {
        var set = new XmlSchemaSet { XmlResolver = new FolderResolver(folder) };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using (var reader = XmlReader.Create(Path.Combine(folder, "Schemas", root + ".xsd"), settings))
        {
            set.Add(XmlSchema.Read(reader, null)!);
        }

        set.Compile();
        return set;
    }

    private static string? Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SpineConformance.sln")))
            {
                var folder = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "spine-reference", "schemas", "mim-7.2.02"));
                return Directory.Exists(Path.Combine(folder, "Schemas")) ? folder : null;
            }
        }

        return null;
    }

    /// <summary>Opens only files inside the official schema folder, so a schema can reach neither the network nor the rest of the disk.</summary>
    private sealed class FolderResolver(string folder) : XmlUrlResolver
    {
        private readonly string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var path = absoluteUri.IsFile ? Path.GetFullPath(absoluteUri.LocalPath) : string.Empty;
            return path.StartsWith(root, StringComparison.Ordinal)
                ? File.OpenRead(path)
                : throw new XmlException($"Refused to resolve '{absoluteUri}': only files under {root} are read.");
        }
    }
}
