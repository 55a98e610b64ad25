using System.Xml;
using SpineConformance.Oracle.Tests.Schemas;

namespace SpineConformance.Oracle.Tests;

[Category("oracle")]
public sealed class OfficialSchemaCompilationTests
{
    [SetUp]
    public void RequireSchemas() => OfficialSchemaFolder.RequireOrIgnore();

    [TestCaseSource(typeof(OfficialSchema), nameof(OfficialSchema.All))]
    public void For_EachRootXsd_CompilesAndDeclaresItsInteraction(OfficialSchema schema)
    {
        var set = OfficialSchemaSets.For(schema);

        Assert.That(set.GlobalElements.Contains(new XmlQualifiedName(schema.InteractionId, "urn:hl7-org:v3")), Is.True,
            $"{schema} compiled but declares no global element hl7:{schema.InteractionId}.");
    }
}
