using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Ebxml;

public sealed class EbxmlSignalTests
{
    private const string AckId = "11111111-2222-4333-8444-555555555555";
    private const string AckTime = "2026-11-22T10:15:01Z";

    private static EbxmlHeader Received => SampleEbxml.Reliable(SampleEbxml.Payload()).Header;

    [Test]
    public void Acknowledgment_BuildThenRead_SwapsPartiesAndRefersToMessage()
    {
        var http = EbxmlAcknowledgment.For(Received, AckId, AckTime).ToHttp();

        var read = EbxmlSignalReader.Read(http.ContentType, http.Body.Span);

        var ack = read.Acknowledgment!;
        Assert.Multiple(() =>
        {
            Assert.That(read.Problem, Is.Null);
            Assert.That(read.MessageError, Is.Null);
            Assert.That(http.ContentType, Does.StartWith("text/xml"));
            Assert.That(http.SoapAction, Is.EqualTo("\"urn:oasis:names:tc:ebxml-msg:service/Acknowledgment\""));
            Assert.That(ack.Header.From, Is.EqualTo(Received.To));
            Assert.That(ack.Header.To, Is.EqualTo(Received.From));
            Assert.That(ack.Header.CpaId, Is.EqualTo(Received.CpaId));
            Assert.That(ack.Header.ConversationId, Is.EqualTo(Received.ConversationId));
            Assert.That(ack.Header.Service, Is.EqualTo(EbxmlConstants.SignalService));
            Assert.That(ack.Header.Action, Is.EqualTo("Acknowledgment"));
            Assert.That(ack.Header.MessageId, Is.EqualTo(AckId));
            Assert.That(ack.Header.RefToMessageId, Is.EqualTo(Received.MessageId));
            Assert.That(ack.RefToMessageId, Is.EqualTo(Received.MessageId));
            Assert.That(ack.Timestamp, Is.EqualTo(AckTime));
            Assert.That(ack.FromPartyId, Is.EqualTo(SampleEbxml.SpinePartyKey));
            Assert.That(ack.Header.AckRequested, Is.Null);
            Assert.That(ack.Header.DuplicateElimination, Is.False);
        });
    }

    [Test]
    public void Acknowledgment_Document_HasActorMustUnderstandAndEmptyBody()
    {
        var document = EbxmlAcknowledgment.For(Received, AckId, AckTime).ToDocument();
        var element = document.Descendants(EbxmlNamespaces.Eb + "Acknowledgment").Single();

        Assert.Multiple(() =>
        {
            Assert.That(element.Attribute(SpineNamespaces.Soap + "actor")?.Value, Is.EqualTo(EbxmlConstants.ToPartyMshActor));
            Assert.That(element.Attribute(SpineNamespaces.Soap + "mustUnderstand")?.Value, Is.EqualTo("1"));
            Assert.That(element.Attribute(EbxmlNamespaces.Eb + "version")?.Value, Is.EqualTo("2.0"));
            Assert.That(document.Root!.Element(SpineNamespaces.Soap + "Body")!.HasElements, Is.False);
        });
    }

    [Test]
    public void MessageError_BuildThenRead_KeepsEveryErrorAndRefToMessageId()
    {
        var built = EbxmlMessageError.For(Received, AckId, AckTime,
            EbxmlError.UnknownCpaId(),
            EbxmlError.InvalidToPartyType() with { Location = "eb:To/eb:PartyId" },
            EbxmlError.SystemFailure());
        var http = built.ToHttp();

        var read = EbxmlSignalReader.Read(http.ContentType, http.Body.Span).MessageError!;

        Assert.Multiple(() =>
        {
            Assert.That(read.Header.Action, Is.EqualTo("MessageError"));
            Assert.That(read.Header.RefToMessageId, Is.EqualTo(Received.MessageId));
            Assert.That(read.Header.From.PartyId, Is.EqualTo(SampleEbxml.SpinePartyKey));
            Assert.That(read.Errors, Is.EqualTo(new[]
            {
                new EbxmlError("ValueNotRecognized", "Error", "501319:Unknown eb:CPAId"),
                new EbxmlError("ValueNotRecognized", "Error", "501314:Invalid To Party Type attribute", "eb:To/eb:PartyId"),
                new EbxmlError("200", "Error", "System Failure to process message"),
            }));
            Assert.That(read.HighestSeverity, Is.EqualTo("Error"));
        });
    }

    [Test]
    public void MessageError_Document_HasSpineErrorListForm()
    {
        var document = EbxmlMessageError.For(Received, AckId, AckTime, EbxmlError.UnknownCpaId()).ToDocument();
        var list = document.Descendants(EbxmlNamespaces.Eb + "ErrorList").Single();
        var error = list.Elements(EbxmlNamespaces.Eb + "Error").Single();

        Assert.Multiple(() =>
        {
            Assert.That(list.Attribute(EbxmlNamespaces.Eb + "highestSeverity")?.Value, Is.EqualTo("Error"));
            Assert.That(list.Attribute(SpineNamespaces.Soap + "mustUnderstand")?.Value, Is.EqualTo("1"));
            Assert.That(error.Attribute(EbxmlNamespaces.Eb + "codeContext")?.Value, Is.EqualTo("urn:oasis:names:tc:ebxml-msg:service:errors"));
            Assert.That(error.Element(EbxmlNamespaces.Eb + "Description")?.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")?.Value, Is.EqualTo("en-GB"));
            Assert.That(error.Attribute(EbxmlNamespaces.Eb + "location"), Is.Null);
        });
    }

    [Test]
    public void MessageError_NoErrors_IsAProgrammingError()
    {
        Assert.That(() => EbxmlMessageError.For(Received, AckId, AckTime), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void MessageError_OnlyWarnings_HighestSeverityIsWarning()
    {
        var error = EbxmlMessageError.For(Received, AckId, AckTime, new EbxmlError("Inconsistent", "Warning", "odd"));

        Assert.That(error.HighestSeverity, Is.EqualTo("Warning"));
    }

    [TestCase("")]
    [TestCase("not xml at all")]
    [TestCase("<notSoap/>")]
    public void SignalReader_BadBody_GivesProblemNotException(string body)
    {
        var read = EbxmlSignalReader.Read("text/xml", System.Text.Encoding.UTF8.GetBytes(body));

        Assert.Multiple(() =>
        {
            Assert.That(read.Problem, Is.Not.Null.And.Not.Empty);
            Assert.That(read.Acknowledgment, Is.Null);
            Assert.That(read.MessageError, Is.Null);
        });
    }

    [Test]
    public void SignalReader_OrdinaryMessage_IsNeitherAckNorError()
    {
        var wire = EbxmlWriter.Write(SampleEbxml.Reliable(SampleEbxml.Payload()));

        var read = EbxmlSignalReader.Read(wire.ContentType, wire.Body.Span);

        Assert.Multiple(() =>
        {
            Assert.That(read.Problem, Is.Null);
            Assert.That(read.Envelope, Is.Not.Null);
            Assert.That(read.Acknowledgment, Is.Null);
            Assert.That(read.MessageError, Is.Null);
        });
    }
}
