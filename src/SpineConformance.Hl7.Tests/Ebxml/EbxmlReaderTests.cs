using System.Text;
using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Testing;
using static SpineConformance.Hl7.Tests.Ebxml.MimeBodies;

namespace SpineConformance.Hl7.Tests.Ebxml;

public sealed class EbxmlReaderTests
{
    private const string MhsContentType = "multipart/related; boundary=\"--=_MIME-Boundary\"; type=text/xml; start=ebXMLHeader@spine.nhs.uk";

    private static EbxmlMessage Sample => SampleEbxml.Reliable(SampleEbxml.Payload());

    private static byte[] EnvelopeBytes => EbxmlXml.ToBytes(EbxmlWriter.Envelope(Sample));

    private static byte[] PayloadBytes => EbxmlXml.ToBytes(SampleEbxml.Payload(), indent: false);

    [Test]
    public void Read_MhsFormWithLfOnly_ReadsHeaderAndPayload()
    {
        var envelopeLf = Encoding.UTF8.GetString(EnvelopeBytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        var body = Join("\n",
        [
            Part("ebXMLHeader@spine.nhs.uk", "text/xml; charset=UTF-8", "8bit", Utf8(envelopeLf)),
            Part($"{SampleEbxml.MessageId}@spine.nhs.uk", "application/xml", "8bit", PayloadBytes),
        ]);

        var read = EbxmlReader.Read(MhsContentType, body);

        Assert.Multiple(() =>
        {
            Assert.That(read.Problems, Is.Empty);
            Assert.That(read.Message.Header, Is.EqualTo(Sample.Header));
            Assert.That(read.Message.Payload?.Root?.Name.LocalName, Is.EqualTo(SampleEbxml.ReliableAction));
        });
    }

    [Test]
    public void Read_PayloadBeforeEnvelope_ReportsFirstPartNotSoapEnvelope()
    {
        var body = Join("\r\n",
        [
            Part($"{SampleEbxml.MessageId}@spine.nhs.uk", "text/xml", "8bit", PayloadBytes),
            Part("ebXMLHeader@spine.nhs.uk", "text/xml", "8bit", EnvelopeBytes),
        ]);

        var read = EbxmlReader.Read("multipart/related; boundary=\"--=_MIME-Boundary\"", body);

        Assert.That(read.Problems.Single(), Has.Property(nameof(EbxmlProblem.Kind)).EqualTo(EbxmlProblemKind.FirstPartNotSoapEnvelope)
            .And.Property(nameof(EbxmlProblem.Message)).Contains(SampleEbxml.ReliableAction));
    }

    [Test]
    public void Read_EnvelopeNotWellFormed_ReportsPartNotWellFormedXmlWithLine()
    {
        var body = Join("\r\n", [Part("ebXMLHeader@spine.nhs.uk", "text/xml", "8bit", Utf8("<SOAP:Envelope xmlns:SOAP=\"http://schemas.xmlsoap.org/soap/envelope/\">\n<oops>\n</SOAP:Envelope>"))]);

        var read = EbxmlReader.Read(MhsContentType, body);

        var problem = read.Problems.Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.Kind, Is.EqualTo(EbxmlProblemKind.PartNotWellFormedXml));
            Assert.That(problem.PartIndex, Is.EqualTo(1));
            Assert.That(problem.Line, Is.EqualTo(3));
            Assert.That(read.Envelope, Is.Null);
            Assert.That(read.Message.Header.CpaId, Is.Empty);
        });
    }

    [Test]
    public void Read_PayloadNotWellFormed_ReportsPartTwo()
    {
        var body = Join("\r\n",
        [
            Part("ebXMLHeader@spine.nhs.uk", "text/xml", "8bit", EnvelopeBytes),
            Part($"{SampleEbxml.MessageId}@spine.nhs.uk", "text/xml", "8bit", Utf8("<unclosed>")),
        ]);

        var read = EbxmlReader.Read(MhsContentType, body);

        Assert.That(read.Problems.Single(), Has.Property(nameof(EbxmlProblem.Kind)).EqualTo(EbxmlProblemKind.PartNotWellFormedXml)
            .And.Property(nameof(EbxmlProblem.PartIndex)).EqualTo(2));
    }

    [Test]
    public void Read_EnvelopeOnly_ReportsManifestReferenceNotFound()
    {
        var body = Join("\r\n", [Part("ebXMLHeader@spine.nhs.uk", "text/xml", "8bit", EnvelopeBytes)]);

        var read = EbxmlReader.Read(MhsContentType, body);

        Assert.Multiple(() =>
        {
            Assert.That(read.Problems.Single().Kind, Is.EqualTo(EbxmlProblemKind.ManifestReferenceNotFound));
            Assert.That(read.Message.Payload, Is.Null);
        });
    }

    [Test]
    public void Read_LowerCaseHl7EbxmlNamespace_StillFindsPayloadReference()
    {
        var envelope = EbxmlWriter.Envelope(Sample);
        foreach (var payload in envelope.Descendants(EbxmlNamespaces.Hl7Ebxml + "Payload").ToList())
        {
            payload.Name = EbxmlNamespaces.Hl7EbxmlLowerCase + "Payload";
        }

        var body = Join("\r\n",
        [
            Part("ebXMLHeader@spine.nhs.uk", "text/xml", "8bit", EbxmlXml.ToBytes(envelope)),
            Part("first-attachment@x", "text/xml", "8bit", Utf8("<other/>")),
            Part($"{SampleEbxml.MessageId}@spine.nhs.uk", "text/xml", "8bit", PayloadBytes),
        ]);

        var read = EbxmlReader.Read(MhsContentType, body);

        Assert.Multiple(() =>
        {
            Assert.That(read.ManifestReferences.Single().IsHl7Payload, Is.True);
            Assert.That(read.Message.Payload?.Root?.Name.LocalName, Is.EqualTo(SampleEbxml.ReliableAction));
            Assert.That(read.Message.Attachments.Single().ContentId, Is.EqualTo("first-attachment@x"));
        });
    }

    [Test]
    public void Read_BareTextXmlEnvelope_ReadsHeaderAndReportsNotMultipart()
    {
        var read = EbxmlReader.Read("text/xml", EnvelopeBytes);

        Assert.Multiple(() =>
        {
            Assert.That(read.Message.Header.CpaId, Is.EqualTo(SampleEbxml.CpaId));
            Assert.That(read.Problems.Select(p => p.Kind), Does.Contain(EbxmlProblemKind.NotMultipartRelated));
        });
    }

    [Test]
    public void Read_MissingHeaderFields_GivesEmptyTextNotNull()
    {
        var envelope = EbxmlWriter.Envelope(Sample);
        envelope.Descendants(EbxmlNamespaces.Eb + "CPAId").Remove();
        envelope.Descendants(EbxmlNamespaces.Eb + "From").Remove();

        var header = EbxmlReader.Read("text/xml", EbxmlXml.ToBytes(envelope)).Message.Header;

        Assert.Multiple(() =>
        {
            Assert.That(header.CpaId, Is.Empty);
            Assert.That(header.From, Is.EqualTo(new EbxmlParty(string.Empty, string.Empty)));
            Assert.That(header.Service, Is.EqualTo(SampleEbxml.PsisService));
        });
    }

    [Test]
    public void Read_DtdInEnvelope_IsRefusedAsProblem()
    {
        var body = Join("\r\n", [Part("ebXMLHeader@spine.nhs.uk", "text/xml", "8bit", Utf8("<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>"))]);

        var read = EbxmlReader.Read(MhsContentType, body);

        Assert.That(read.Problems.Single(p => p.Kind == EbxmlProblemKind.PartNotWellFormedXml).Message, Does.Contain("DTD"));
    }

    [Test]
    public void Read_EmptyBody_ReportsWithoutThrowing()
    {
        var read = EbxmlReader.Read(MhsContentType, []);

        Assert.Multiple(() =>
        {
            Assert.That(read.Problems.Select(p => p.Kind), Does.Contain(EbxmlProblemKind.BoundaryNotFound));
            Assert.That(read.Envelope, Is.Null);
            Assert.That(read.Message.Payload, Is.Null);
        });
    }

    [Test]
    public void Read_XmlPayloadUnderAnotherDefaultNamespace_KeepsElementNames()
    {
        var payload = new XDocument(new XElement(XNamespace.Get("urn:example") + "root"));
        var wire = EbxmlWriter.Write(SampleEbxml.Reliable(payload));

        Assert.That(EbxmlReader.Read(wire.ContentType, wire.Body.Span).Message.Payload?.Root?.Name, Is.EqualTo(XNamespace.Get("urn:example") + "root"));
    }
}
