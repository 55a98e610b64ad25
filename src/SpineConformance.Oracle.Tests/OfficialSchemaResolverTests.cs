using System.Xml;
using SpineConformance.Oracle.Tests.Schemas;

namespace SpineConformance.Oracle.Tests;

/// <summary>The resolver that follows the official XSDs' includes opens files inside the schema folder and nothing else.</summary>
[Category("oracle")]
public sealed class OfficialSchemaResolverTests
{
    private string root = string.Empty;

    [SetUp]
    public void MakeFolder()
    {
        // These tests need no official file, but the category runs or skips as a whole.
        OfficialSchemaFolder.RequireOrIgnore();
        root = Directory.CreateTempSubdirectory("oracle-resolver-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "schemas", "dt"));
        File.WriteAllText(Path.Combine(root, "schemas", "dt", "inside.xsd"), "<inside/>");
        File.WriteAllText(Path.Combine(root, "outside.xsd"), "<outside/>");
    }

    [TearDown]
    public void RemoveFolder()
    {
        if (root.Length > 0)
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void GetEntity_FileInsideTheFolder_IsOpened()
    {
        var resolver = new OfficialSchemaResolver(Path.Combine(root, "schemas"));

        using var stream = (Stream)resolver.GetEntity(new Uri(Path.Combine(root, "schemas", "dt", "inside.xsd")), null, null)!;

        Assert.That(new StreamReader(stream).ReadToEnd(), Is.EqualTo("<inside/>"));
    }

    [Test]
    public void GetEntity_RelativePathClimbingOutOfTheFolder_IsRefused()
    {
        var resolver = new OfficialSchemaResolver(Path.Combine(root, "schemas"));
        var climbing = resolver.ResolveUri(new Uri(Path.Combine(root, "schemas", "dt", "inside.xsd")), "../../outside.xsd");

        Assert.That(() => resolver.GetEntity(climbing, null, null), Throws.TypeOf<XmlException>().With.Message.Contains("outside the official schema folder"));
    }

    [Test]
    public void GetEntity_HttpUri_IsRefused()
    {
        var resolver = new OfficialSchemaResolver(Path.Combine(root, "schemas"));

        Assert.That(() => resolver.GetEntity(new Uri("http://example.org/datatypes.xsd"), null, null),
            Throws.TypeOf<XmlException>().With.Message.Contains("only file: URIs"));
    }
}
