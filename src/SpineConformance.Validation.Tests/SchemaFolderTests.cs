using System.Xml.Linq;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Validation.Tests;

/// <summary>Schemas read from a folder at run time: the root named after the interaction, includes kept inside the folder.</summary>
public sealed class SchemaFolderTests
{
    private const string Ns = "urn:hl7-org:v3";
    private string folder = string.Empty;

    [SetUp]
    public void MakeFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "schema-folder-" + TestContext.CurrentContext.Test.ID);
        Directory.CreateDirectory(Path.Combine(folder, "Schemas"));
        Directory.CreateDirectory(Path.Combine(folder, "dt"));
        File.WriteAllText(Path.Combine(folder, "dt", "types.xsd"), $"""
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{Ns}" xmlns="{Ns}" elementFormDefault="qualified">
              <xs:simpleType name="Digits"><xs:restriction base="xs:string"><xs:pattern value="[0-9]+"/></xs:restriction></xs:simpleType>
            </xs:schema>
            """);
        File.WriteAllText(Path.Combine(folder, "Schemas", "HELLO_IN000001UK01.xsd"), $"""
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{Ns}" xmlns="{Ns}" elementFormDefault="qualified">
              <xs:include schemaLocation="../dt/types.xsd"/>
              <xs:element name="HELLO_IN000001UK01"><xs:complexType><xs:sequence><xs:element name="id" type="Digits"/></xs:sequence></xs:complexType></xs:element>
            </xs:schema>
            """);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Validate_FindsTheRootByName_AndFollowsItsRelativeInclude()
    {
        var schemas = new SchemaFolder(folder);

        var good = schemas.Validate(Hello("12345"));
        var bad = schemas.Validate(Hello("12a45"));

        Assert.That(good, Is.Empty);
        Assert.That(bad.Single().Layer, Is.EqualTo(ValidationLayer.Schema));
        Assert.That(bad.Single().Expected, Does.Contain(Path.Combine("Schemas", "HELLO_IN000001UK01.xsd")), "the finding names the schema file");
    }

    [Test]
    public void Validate_AnInteractionWithNoSchemaInTheFolder_IsAFindingThatSaysSo()
    {
        var finding = new SchemaFolder(folder).Validate(new XElement(XName.Get("GOODBYE_IN000001UK01", Ns))).Single();

        Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
        Assert.That(finding.Message, Does.Contain("has no GOODBYE_IN000001UK01.xsd"));
    }

    [Test]
    public void Constructor_TwoFilesOfOneName_IsRefusedNamingBoth()
    {
        File.Copy(Path.Combine(folder, "Schemas", "HELLO_IN000001UK01.xsd"), Path.Combine(folder, "dt", "HELLO_IN000001UK01.xsd"));

        var refused = Assert.Throws<InvalidDataException>(() => _ = new SchemaFolder(folder));

        Assert.That(refused!.Message, Does.Contain(Path.Combine("Schemas", "HELLO_IN000001UK01.xsd")).And.Contain(Path.Combine("dt", "HELLO_IN000001UK01.xsd")));
    }

    [Test]
    public void Validate_ASchemaThatIncludesAFileOutsideTheFolder_DoesNotCompile()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"outside-{TestContext.CurrentContext.Test.ID}.xsd");
        File.Copy(Path.Combine(folder, "dt", "types.xsd"), outside, overwrite: true);
        var root = Path.Combine(folder, "Schemas", "HELLO_IN000001UK01.xsd");
        File.WriteAllText(root, File.ReadAllText(root).Replace("../dt/types.xsd", outside, StringComparison.Ordinal));
        try
        {
            var refused = Assert.Throws<InvalidDataException>(() => new SchemaFolder(folder).Validate(Hello("1")));

            Assert.That(refused!.Message, Does.Contain("does not compile"));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    private static XElement Hello(string id) => new(XName.Get("HELLO_IN000001UK01", Ns), new XElement(XName.Get("id", Ns), id));
}
