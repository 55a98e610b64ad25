using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>Canned answers of the Spine stub's MHS to an ebXML request: acceptance, retriable faults, MessageErrors.</summary>
internal static class MhsReplies
{
    public const string AckMessageId = "ACACACAC-0000-4000-8000-000000000001";

    /// <summary>202 with an ebXML Acknowledgment of the request, as Spine answers a reliable message.</summary>
    public static Func<RecordedSpineRequest, SpineReply> Acknowledge() =>
        request =>
        {
            var ack = EbxmlAcknowledgment.For(request.Ebxml.Message.Header, AckMessageId, "2025-06-01T12:30:00Z").ToHttp();
            return new SpineReply(202, ack.Body.ToArray(), ack.ContentType);
        };

    /// <summary>202 with an Acknowledgment naming another message.</summary>
    public static Func<RecordedSpineRequest, SpineReply> AcknowledgeAnotherMessage() =>
        request =>
        {
            var header = request.Ebxml.Message.Header with { MessageId = "0BAD0BAD-0000-4000-8000-000000000000" };
            var ack = EbxmlAcknowledgment.For(header, AckMessageId, "2025-06-01T12:30:00Z").ToHttp();
            return new SpineReply(202, ack.Body.ToArray(), ack.ContentType);
        };

    public static Func<RecordedSpineRequest, SpineReply> EmptyAccepted() => _ => new SpineReply(202, [], "text/plain");

    /// <summary>HTTP 500 with a SOAP fault carrying the given <c>nasp:errorCode</c> (206: the MHS retries).</summary>
    public static Func<RecordedSpineRequest, SpineReply> Fault(string errorCode) =>
        _ => new SpineReply(500, SoapEnvelope.ToBytes(new SoapFault(SoapFault.ServerFaultCode, "System failure",
            [new SpineError(SpineError.TmsCodeContext, errorCode, "Error", "Message", "Temporary failure")]).ToDocument()));

    public static Func<RecordedSpineRequest, SpineReply> MessageError(int statusCode = 200) =>
        request =>
        {
            var error = EbxmlMessageError.For(request.Ebxml.Message.Header, AckMessageId, "2025-06-01T12:30:00Z", EbxmlError.UnknownCpaId()).ToHttp();
            return new SpineReply(statusCode, error.Body.ToArray(), error.ContentType);
        };

    /// <summary>Answers each request with the next reply in turn, repeating the last.</summary>
    public static Func<RecordedSpineRequest, SpineReply> Sequence(params Func<RecordedSpineRequest, SpineReply>[] replies)
    {
        var next = 0;
        return request => replies[Math.Min(Interlocked.Increment(ref next) - 1, replies.Length - 1)](request);
    }

    /// <summary>
    /// Spine's business reply to an ebXML request: From/To swapped, the request's CPAId and ConversationId, RefToMessageId =
    /// the request's MessageId, reliable, carrying the HL7 reply.
    /// </summary>
    public static EbxmlMessage ReplyTo(EbxmlHeader request, string responseInteractionId, XElement hl7, string messageId = "BEBEBEBE-0000-4000-8000-000000000001") =>
        new(new EbxmlHeader(request.To, request.From, request.CpaId, request.ConversationId, request.Service, responseInteractionId, messageId, "2025-06-01T12:30:05Z")
        {
            RefToMessageId = request.MessageId,
        }.WithPattern(EbxmlPattern.Reliable), new XDocument(hl7));

    public static XDocument Parse(byte[] body) => HardenedXml.Load(body).Document ?? throw new InvalidOperationException("Not XML.");
}
