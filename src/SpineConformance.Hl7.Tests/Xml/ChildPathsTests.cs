using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Tests.Xml;

public sealed class ChildPathsTests
{
    private static readonly XNamespace Hl7 = SpineNamespaces.Hl7;

    [Test]
    public void Of_EveryChild_IsTheXPathXmlPathGives()
    {
        var query = new XElement(Hl7 + "query",
            new XElement(Hl7 + "parameterList"),
            new XElement(Hl7 + "patient.id"),
            new XElement(Hl7 + "patient.id"),
            new XElement("unqualified"),
            new XElement(Hl7 + "patient.id"),
            new XElement(Hl7 + "response.Type"));
        _ = new XDocument(new XElement(Hl7 + "root", new XElement(Hl7 + "query"), query));
        var paths = new ChildPaths(query);

        Assert.That(query.Elements().Select(paths.Of), Is.EqualTo(query.Elements().Select(XmlPath.Of)));
        Assert.That(paths.Of(query.Elements().ElementAt(4)), Is.EqualTo("/hl7:root/hl7:query[2]/hl7:patient.id[3]"));
    }

    [Test]
    public void Of_AnElementOfAnotherParent_IsRefused()
    {
        var parent = new XElement("a", new XElement("b"));
        var stranger = new XElement("c", new XElement("b")).Elements().Single();

        Assert.That(() => new ChildPaths(parent).Of(stranger), Throws.ArgumentException.With.Message.Contains("not a child"));
    }
}
