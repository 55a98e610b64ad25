using System.Text;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Tests.Xml;

public sealed class HardenedXmlTests
{
    [Test]
    public void Load_Dtd_IsRefusedWithReason()
    {
        const string xxe = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>""";

        var result = HardenedXml.Load(Encoding.UTF8.GetBytes(xxe));

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain("DTD"));
    }

    [Test]
    public void Load_Truncated_ReportsLine()
    {
        var result = HardenedXml.Load("<a>\n<b>\n");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.StartWith("The message is not well-formed XML"));
        Assert.That(result.Line, Is.EqualTo(3));
    }

    [Test]
    public void Load_OverCharacterLimit_IsRefused()
    {
        var result = HardenedXml.Load("<a>" + new string('x', 5000) + "</a>", maxCharacters: 1000);

        Assert.That(result.Success, Is.False);
    }

    [Test]
    public void Load_WellFormed_KeepsLineInfo()
    {
        var result = HardenedXml.Load("<a>\n  <b/>\n</a>");

        Assert.That(XmlPath.LineOf(result.Document!.Root!.Elements().Single()), Is.EqualTo(2));
    }
}
