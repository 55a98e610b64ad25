using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Lr;

namespace SpineConformance.Validation.Tests.Lr;

/// <summary>
/// The XPaths LR findings report, worked out only when asked: they must be the same strings whether the node was found,
/// half found, or reached through a numbered list of repeated siblings.
/// </summary>
public sealed class LrNodeTests
{
    private static readonly XNamespace Hl7 = SpineNamespaces.Hl7;

    private static XElement Query() =>
        new XDocument(new XElement(Hl7 + "root",
            new XElement(Hl7 + "query",
                new XElement(Hl7 + "patient.id", new XElement(Hl7 + "value", new XAttribute("extension", "9000000009"))),
                new XElement(Hl7 + "patient.id", new XElement(Hl7 + "semanticsText", "patient.id")),
                new XElement(Hl7 + "response.Type", new XElement(Hl7 + "value", new XAttribute("code", "01")))))).Root!.Element(Hl7 + "query")!;

    [Test]
    public void At_AFoundElement_HasItsOwnXPath()
    {
        var query = Query();
        var value = LrNode.At(query, "response.Type", "value");

        Assert.That(value.Exists, Is.True);
        Assert.That(value.XPath, Is.EqualTo(XmlPath.Of(query.Element(Hl7 + "response.Type")!.Element(Hl7 + "value")!)));
        Assert.That(value.AttributePath("code"), Is.EqualTo("/hl7:root/hl7:query/hl7:response.Type/hl7:value/@code"));
    }

    [Test]
    public void At_AMissingStep_NamesTheMissingStepsUnderTheDeepestElementFound()
    {
        var query = Query();
        var missing = LrNode.At(query, "response.Type", "reason", "code");
        var further = LrNode.At(missing, "originalText");

        Assert.That(missing.Exists, Is.False);
        Assert.That(missing.Nearest, Is.SameAs(query.Element(Hl7 + "response.Type")));
        Assert.That(missing.XPath, Is.EqualTo("/hl7:root/hl7:query/hl7:response.Type/hl7:reason/hl7:code"));
        Assert.That(further.XPath, Is.EqualTo("/hl7:root/hl7:query/hl7:response.Type/hl7:reason/hl7:code/hl7:originalText"));
        Assert.That(further.AttributePath("code"), Is.EqualTo(further.XPath), "an absent element's attribute is reported at the element");
    }

    [Test]
    public void Each_RepeatedSiblings_AreNumberedAndStepsBelowThemFollow()
    {
        var query = Query();
        var ids = LrNode.Each(query, "patient.id").ToList();
        var values = ids.Select(id => LrNode.At(id, "value")).ToList();

        Assert.That(ids.Select(id => id.XPath), Is.EqualTo(new[] { "/hl7:root/hl7:query/hl7:patient.id[1]", "/hl7:root/hl7:query/hl7:patient.id[2]" }));
        Assert.That(values[0].Exists, Is.True);
        Assert.That(values[0].AttributePath("extension"), Is.EqualTo("/hl7:root/hl7:query/hl7:patient.id[1]/hl7:value/@extension"));
        Assert.That(values[1].Exists, Is.False);
        Assert.That(values[1].XPath, Is.EqualTo("/hl7:root/hl7:query/hl7:patient.id[2]/hl7:value"));
        Assert.That(LrNode.At(ids[1], "semanticsText").XPath, Is.EqualTo(XmlPath.Of(query.Elements(Hl7 + "patient.id").Last().Element(Hl7 + "semanticsText")!)));
    }

    [Test]
    public void Each_UnderAMissingParent_IsEmpty()
    {
        Assert.That(LrNode.Each(Query(), "parameterList", "workgroupCode"), Is.Empty);
    }
}
