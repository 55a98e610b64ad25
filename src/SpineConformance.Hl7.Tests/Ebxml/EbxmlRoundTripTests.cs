using System.Text;
using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Ebxml;

public sealed class EbxmlRoundTripTests
{
    private static readonly XNamespace Eb = EbxmlNamespaces.Eb;

    [TestCase(EbxmlPattern.Express)]
    [TestCase(EbxmlPattern.Reliable)]
    [TestCase(EbxmlPattern.ForwardReliable)]
    public void WriteThenRead_EachPattern_GivesSameHeaderAndPayload(EbxmlPattern pattern)
    {
        var sent = SampleEbxml.For(pattern, SampleEbxml.Payload(), SampleEbxml.PsisService, SampleEbxml.ReliableAction);
        var wire = EbxmlWriter.Write(sent);

        var read = EbxmlReader.Read(wire.ContentType, wire.Body.Span);

        Assert.Multiple(() =>
        {
            Assert.That(read.Problems, Is.Empty);
            Assert.That(read.Message.Header, Is.EqualTo(sent.Header));
            Assert.That(XNode.DeepEquals(read.Message.Payload!.Root, sent.Payload!.Root), Is.True);
            Assert.That(read.Message.Attachments, Is.Empty);
            Assert.That(read.Message.PayloadSchemaLocation, Is.EqualTo(EbxmlConstants.DefaultPayloadSchemaLocation));
            Assert.That(read.Message.PayloadDescription, Is.EqualTo("HL7 payload"));
        });
    }

    [Test]
    public void WriteThenRead_RefToMessageId_IsKept()
    {
        var sent = SampleEbxml.Reliable(SampleEbxml.Payload()) is var m
            ? m with { Header = m.Header with { RefToMessageId = "0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21" } }
            : null!;
        var wire = EbxmlWriter.Write(sent);

        Assert.That(EbxmlReader.Read(wire.ContentType, wire.Body.Span).Message.Header.RefToMessageId, Is.EqualTo("0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21"));
    }

    [Test]
    public void WriteThenRead_SeveralAttachmentsOneBase64_GivesSameBytesTypesAndDescriptions()
    {
        var binary = Enumerable.Range(0, 1000).Select(i => (byte)(i * 7)).ToArray();
        var text = Encoding.UTF8.GetBytes("plain text\r\nsecond line");
        var sent = SampleEbxml.ForwardReliable(SampleEbxml.Payload()) with
        {
            Attachments =
            [
                new("doc1@gp.example", "application/pdf", binary, EbxmlAttachment.Base64, "Scanned letter"),
                new("doc2@gp.example", "text/plain", text, EbxmlAttachment.EightBit, "Notes"),
            ],
        };
        var wire = EbxmlWriter.Write(sent);

        var read = EbxmlReader.Read(wire.ContentType, wire.Body.Span);

        Assert.That(read.Problems, Is.Empty);
        var attachments = read.Message.Attachments;
        Assert.Multiple(() =>
        {
            Assert.That(attachments.Select(a => (a.ContentId, a.ContentType, a.TransferEncoding, a.Description)), Is.EqualTo(new[]
            {
                ("doc1@gp.example", "application/pdf", "base64", "Scanned letter"),
                ("doc2@gp.example", "text/plain", "8bit", "Notes"),
            }));
            Assert.That(attachments[0].Content.ToArray(), Is.EqualTo(binary));
            Assert.That(attachments[1].Content.ToArray(), Is.EqualTo(text));
            Assert.That(read.ManifestReferences.Select(r => r.Href), Is.EqualTo(new[]
            {
                $"cid:{SampleEbxml.MessageId}@spine.nhs.uk", "cid:doc1@gp.example", "cid:doc2@gp.example",
            }));
        });
    }

    [Test]
    public void Write_Always_EmitsRfc2387ContentTypeAndQuotedSoapAction()
    {
        var wire = EbxmlWriter.Write(SampleEbxml.Reliable(SampleEbxml.Payload(), "urn:nhs:names:services:psis", "MCCI_IN010000UK13"));

        Assert.Multiple(() =>
        {
            Assert.That(wire.ContentType, Is.EqualTo("multipart/related; boundary=\"--=_MIME-Boundary\"; type=\"text/xml\"; start=\"<ebXMLHeader@spine.nhs.uk>\""));
            Assert.That(wire.SoapAction, Is.EqualTo("\"urn:nhs:names:services:psis/MCCI_IN010000UK13\""));
        });
    }

    [Test]
    public void Write_Always_UsesCrlfAndSpineContentIds()
    {
        var wire = EbxmlWriter.Write(SampleEbxml.Reliable(SampleEbxml.Payload()));
        var text = Encoding.UTF8.GetString(wire.Body.Span);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("----=_MIME-Boundary\r\nContent-Id: <ebXMLHeader@spine.nhs.uk>\r\nContent-Type: text/xml; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"));
            Assert.That(text, Does.Contain($"\r\nContent-Id: <{SampleEbxml.MessageId}@spine.nhs.uk>\r\n"));
            Assert.That(text, Does.EndWith("\r\n----=_MIME-Boundary--\r\n"));
            Assert.That(text.Replace("\r\n", string.Empty, StringComparison.Ordinal), Does.Not.Contain("\n"));
        });
    }

    [Test]
    public void Envelope_ReliableMessage_HasEbmsOrderAndSiblings()
    {
        var envelope = EbxmlWriter.Envelope(SampleEbxml.Reliable(SampleEbxml.Payload()));
        var header = envelope.Root!.Element(SpineNamespaces.Soap + "Header")!;
        var messageHeader = header.Element(Eb + "MessageHeader")!;

        Assert.Multiple(() =>
        {
            Assert.That(header.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "MessageHeader", "AckRequested", "SyncReply" }));
            Assert.That(messageHeader.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[]
            {
                "From", "To", "CPAId", "ConversationId", "Service", "Action", "MessageData", "DuplicateElimination",
            }));
            Assert.That(messageHeader.Attribute(SpineNamespaces.Soap + "mustUnderstand")?.Value, Is.EqualTo("1"));
            Assert.That(messageHeader.Attribute(Eb + "version")?.Value, Is.EqualTo("2.0"));
            Assert.That(messageHeader.Element(Eb + "From")!.Element(Eb + "PartyId")!.Attribute(Eb + "type")?.Value, Is.EqualTo(EbxmlConstants.NhsPartyType));
            Assert.That(header.Element(Eb + "AckRequested")!.Attribute(SpineNamespaces.Soap + "actor")?.Value, Is.EqualTo(EbxmlConstants.ToPartyMshActor));
            Assert.That(header.Element(Eb + "AckRequested")!.Attribute(Eb + "signed")?.Value, Is.EqualTo("false"));
            Assert.That(header.Element(Eb + "SyncReply")!.Attribute(SpineNamespaces.Soap + "actor")?.Value, Is.EqualTo(EbxmlConstants.SoapNextActor));
        });
    }

    [Test]
    public void Envelope_Manifest_ReferencesPayloadWithSchemaDescriptionAndHl7Payload()
    {
        var envelope = EbxmlWriter.Envelope(SampleEbxml.Reliable(SampleEbxml.Payload()));
        var manifest = envelope.Root!.Element(SpineNamespaces.Soap + "Body")!.Element(Eb + "Manifest")!;
        var reference = manifest.Elements(Eb + "Reference").Single();

        Assert.Multiple(() =>
        {
            Assert.That(manifest.Attribute(Eb + "version")?.Value, Is.EqualTo("2.0"));
            Assert.That(reference.Attribute(EbxmlNamespaces.Xlink + "href")?.Value, Is.EqualTo($"cid:{SampleEbxml.MessageId}@spine.nhs.uk"));
            Assert.That(reference.Element(Eb + "Schema")?.Attribute(Eb + "version")?.Value, Is.EqualTo("1.0"));
            Assert.That(reference.Element(Eb + "Description")?.Attribute(XNamespace.Xml + "lang")?.Value, Is.EqualTo("en"));
            var payload = reference.Element(EbxmlNamespaces.Hl7Ebxml + "Payload")!;
            Assert.That((payload.Attribute("style")?.Value, payload.Attribute("encoding")?.Value, payload.Attribute("version")?.Value), Is.EqualTo(("HL7", "XML", "3.0")));
        });
    }
}
