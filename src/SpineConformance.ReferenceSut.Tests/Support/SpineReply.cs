using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>A canned answer from the fake Spine: an HTTP status and a body.</summary>
internal sealed record SpineReply(int StatusCode, byte[] Body, string ContentType = "text/xml; charset=utf-8")
{
    public const string SpineAsid = "990101234567";

    public static Func<RecordedSpineRequest, SpineReply> Permissions(params AccessControlAssertion[] assertions) =>
        request => new(200, SoapEnvelope.ToBytes(AcsMessages.GetResponse(
            ContextFor(request), new ResourcePermissions(request.RequestedNhsNumber ?? string.Empty, assertions))));

    public static Func<RecordedSpineRequest, SpineReply> Error(params DetectedIssue[] reasons) =>
        request => new(200, SoapEnvelope.ToBytes(AcsMessages.Acknowledgement(AcsInteractions.Get, ContextFor(request), AcknowledgementType.AE, reasons)));

    public static Func<RecordedSpineRequest, SpineReply> Fault(SoapFault fault) =>
        _ => new(500, SoapEnvelope.ToBytes(fault.ToDocument()));

    public static Func<RecordedSpineRequest, SpineReply> Raw(int statusCode, string body, string contentType = "text/plain") =>
        _ => new(statusCode, System.Text.Encoding.UTF8.GetBytes(body), contentType);

    public static XDocument Parse(SpineReply reply) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(reply.Body));

    private static ResponseContext ContextFor(RecordedSpineRequest request)
    {
        var message = request.Message;
        return new ResponseContext(
            "uuid:11111111-2222-4333-8444-555555555555",
            "66666666-7777-4888-9999-AAAAAAAAAAAA",
            "20250101120000",
            message.MessageId ?? string.Empty,
            message.Hl7Id ?? string.Empty,
            message.BodySenderAsid ?? string.Empty,
            SpineAsid);
    }
}
