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
        Assert.That(result.Error, Does.Contain("document type declaration").And.Contain("remove the DOCTYPE").And.Not.Contain("DtdProcessing"));
    }

    [Test]
    public void Load_EntityExpansion_IsRefusedAsADtd_WithoutExpandingAnything()
    {
        const string laughs = """<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><l>&c;</l>""";

        var result = HardenedXml.Load(Encoding.UTF8.GetBytes(laughs));

        Assert.That(result.Error, Does.Contain("no entity is expanded"));
    }

    [Test]
    public void Load_NestedDeeperThanTheLimit_IsRefusedNamingTheDepthAndLine()
    {
        var deep = string.Concat(Enumerable.Repeat("<a>\n", HardenedXml.DefaultMaxDepth + 1)) + string.Concat(Enumerable.Repeat("</a>", HardenedXml.DefaultMaxDepth + 1));

        var result = HardenedXml.Load(deep);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain($"nested {HardenedXml.DefaultMaxDepth + 1} levels deep").And.Contain($"at most {HardenedXml.DefaultMaxDepth} levels"));
        Assert.That(result.Line, Is.EqualTo(HardenedXml.DefaultMaxDepth + 1));
    }

    [Test]
    public void Load_NestedToTheLimit_IsRead()
    {
        var deepest = string.Concat(Enumerable.Repeat("<a>", HardenedXml.DefaultMaxDepth)) + string.Concat(Enumerable.Repeat("</a>", HardenedXml.DefaultMaxDepth));

        Assert.That(HardenedXml.Load(deepest).Success, Is.True);
    }

    [Test]
    public void Load_AttributeLongerThanTheLimit_IsRefusedNamingTheAttribute()
    {
        var huge = $"<a>\n<b id=\"1\" note=\"{new string('x', HardenedXml.DefaultMaxAttributeCharacters + 1)}\"/></a>";

        var result = HardenedXml.Load(Encoding.UTF8.GetBytes(huge));

        Assert.That(result.Error, Does.Contain($"Attribute 'note' of element 'b' is {HardenedXml.DefaultMaxAttributeCharacters + 1} characters long"));
        Assert.That(result.Line, Is.EqualTo(2));
    }

    [Test]
    public void Load_BytesThatAreNotUtf8_SaysSoWithThePosition()
    {
        var latin1 = Encoding.Latin1.GetBytes("<a>\n<b>caf\u00e9</b></a>");

        var result = HardenedXml.Load(latin1);

        Assert.That(result.Error, Does.StartWith("The message is not valid UTF-8").And.Contain("line 2"));
    }

    [Test]
    public void Load_Empty_SaysTheMessageIsEmpty()
    {
        Assert.That((HardenedXml.Load(ReadOnlySpan<byte>.Empty).Error, HardenedXml.Load(string.Empty).Error),
            Is.EqualTo(("The message is empty: there is no XML to read.", "The message is empty: there is no XML to read.")));
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

    [Test]
    public void Load_FromBytes_GivesTheLinesOfElementsAttributesAndText_WhenAsked()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<a>\n  <b/>\n  <c\n    d=\"1\">\n    text</c>\n</a>");

        var root = HardenedXml.Load(bytes).Document!.Root!;
        var c = root.Elements().Last();

        Assert.That(XmlPath.LineOf(root), Is.EqualTo(2));
        Assert.That(XmlPath.LineOf(root.Elements().First()), Is.EqualTo(3));
        Assert.That(XmlPath.LineOf(c), Is.EqualTo(4));
        Assert.That(XmlPath.LineOf(c.Attribute("d")!), Is.EqualTo(5));
        Assert.That(XmlPath.LineOf(c.Nodes().Single()), Is.EqualTo(5), "the text starts where the start tag ends");
    }

    [Test]
    public void LineOf_ManySameNamedSiblings_EachHasItsOwnLine()
    {
        var text = "<batch>\n" + string.Concat(Enumerable.Range(1, 500).Select(i => $"<patient id=\"{i}\"/>\n")) + "</batch>";

        var patients = HardenedXml.Load(System.Text.Encoding.UTF8.GetBytes(text)).Document!.Root!.Elements().ToList();

        Assert.That(patients.Select(p => XmlPath.LineOf(p)), Is.EqualTo(Enumerable.Range(2, 500).Select(line => (int?)line)));
        Assert.That(XmlPath.LineOf(patients[^1].Attribute("id")!), Is.EqualTo(501));
    }

    [Test]
    public void LineOf_ANodeCopiedOutOfTheDocumentRead_HasNoLine()
    {
        var read = HardenedXml.Load(System.Text.Encoding.UTF8.GetBytes("<a>\n  <b/>\n</a>")).Document!;

        var copy = new System.Xml.Linq.XDocument(new System.Xml.Linq.XElement(read.Root!));

        Assert.That(XmlPath.LineOf(copy.Root!.Elements().Single()), Is.Null);
        Assert.That(XmlPath.LineOf(read.Root!.Elements().Single()), Is.EqualTo(2));
    }

    [Test]
    public void Writable_CharactersXmlCannotCarry_AreShownAsCodePoints_AndTheOriginalIsUntouched()
    {
        var original = new System.Xml.Linq.XDocument(new System.Xml.Linq.XElement("a", new System.Xml.Linq.XAttribute("b", "x\uFFFEy"), "caf\u00e9 \u0001 \ud83d\ude00 \ud800"));

        var writable = XmlCharacters.Writable(original);

        Assert.That(writable.Root!.Value, Is.EqualTo("caf\u00e9 [U+0001] \ud83d\ude00 [U+D800]"));
        Assert.That(writable.Root.Attribute("b")!.Value, Is.EqualTo("x[U+FFFE]y"));
        Assert.That(original.Root!.Value, Does.Contain("\u0001"));
        Assert.That(SpineConformance.Hl7.Soap.SoapEnvelope.ToBytes(original), Is.Not.Empty, "the writer no longer throws on them");
    }

    // Given as code points: a lone surrogate cannot be written in an attribute's (UTF-8) string.
    [TestCase(0x0001, TestName = "ToBytes: an answer quoting a control character shows it")]
    [TestCase(0xD800, TestName = "ToBytes: an answer quoting a lone surrogate shows it")]
    [TestCase(0xFFFF, TestName = "ToBytes: an answer quoting U+FFFF shows it")]
    public void ToBytes_AnAnswerQuotingACharacterXmlCannotCarry_IsWrittenWithTheCharacterShown(int codePoint)
    {
        var quoted = $"sent {(char)codePoint}";
        var shown = $"sent [U+{codePoint:X4}]";
        var answer = new System.Xml.Linq.XDocument(new System.Xml.Linq.XElement("fault", new System.Xml.Linq.XAttribute("detail", quoted), quoted));

        var written = SpineConformance.Hl7.Soap.SoapEnvelope.ToBytes(answer);

        Assert.That(System.Text.Unicode.Utf8.IsValid(written), Is.True);
        Assert.That(System.Text.Encoding.UTF8.GetString(written), Does.Contain($"<fault detail=\"{shown}\">{shown}</fault>"));
        Assert.That(answer.Root!.Value, Is.EqualTo(quoted), "the answer as built is left as it was");
    }

    [Test]
    public void Writable_ADocumentWithNothingToFix_IsTheSameDocument()
    {
        var document = new System.Xml.Linq.XDocument(new System.Xml.Linq.XElement("a", "caf\u00e9"));

        Assert.That(XmlCharacters.Writable(document), Is.SameAs(document));
    }
}
