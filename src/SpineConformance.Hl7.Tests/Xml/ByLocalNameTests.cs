using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Tests.Xml;

public sealed class ByLocalNameTests
{
    private static readonly XNamespace Crs = SpineNamespaces.Crs;

    private static XElement Query() => new("accessControlQuery",
        new XComment("resourceContext in a comment is not an element"),
        new XText("  "),
        new XElement(Crs + "resourceContext", new XAttribute("extension", "first")),
        new XElement("queryCriteria"),
        new XElement(SpineNamespaces.Hl7 + "resourceContext", new XAttribute("extension", "second")));

    [Test]
    public void Child_IsTheFirstElementOfThatLocalNameInAnyNamespace()
    {
        Assert.That(ByLocalName.Child(Query(), "resourceContext")?.Attribute("extension")?.Value, Is.EqualTo("first"));
        Assert.That(ByLocalName.Child(Query(), "queryCriteria")?.Name, Is.EqualTo(XName.Get("queryCriteria")));
        Assert.That(ByLocalName.Child(Query(), "function"), Is.Null);
        Assert.That(ByLocalName.Child(null, "resourceContext"), Is.Null);
    }

    [Test]
    public void Children_AreEveryElementOfThatLocalNameInOrder()
    {
        Assert.That(ByLocalName.Children(Query(), "resourceContext").Select(e => e.Attribute("extension")!.Value), Is.EqualTo(new[] { "first", "second" }));
        Assert.That(ByLocalName.Children(null, "resourceContext"), Is.Empty);
    }
}
