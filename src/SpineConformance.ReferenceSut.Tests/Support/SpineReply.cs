using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>
/// A canned answer from the Spine stub: an HTTP status and a body. Answers shaped per interaction follow the request's
/// SOAPAction, so one reply serves Get, Has and Set the way Spine would answer each.
/// </summary>
internal sealed record SpineReply(int StatusCode, byte[] Body, string ContentType = "text/xml; charset=utf-8")
{
    public const string SpineAsid = "990101234567";

    /// <summary>Success for every interaction: AA for a Set; for Get and Has, the given assertions.</summary>
    public static Func<RecordedSpineRequest, SpineReply> Success(params AccessControlAssertion[] assertions) =>
        request => InteractionOf(request) == AcsInteractions.Set ? Recorded()(request) : Permissions(assertions)(request);

    /// <summary>A Get or Has response holding the assertions; Has's shape when the request was a Has.</summary>
    public static Func<RecordedSpineRequest, SpineReply> Permissions(params AccessControlAssertion[] assertions) =>
        request =>
        {
            var permissions = new ResourcePermissions(request.RequestedNhsNumber ?? string.Empty, assertions);
            var response = InteractionOf(request) == AcsInteractions.Has
                ? AcsMessages.HasResponse(ContextFor(request), permissions)
                : AcsMessages.GetResponse(ContextFor(request), permissions);
            return new(200, SoapEnvelope.ToBytes(response));
        };

    /// <summary>Set's success: an MCCI AA with no reasons and no payload (ACS.md §5.4).</summary>
    public static Func<RecordedSpineRequest, SpineReply> Recorded() =>
        request => new(200, SoapEnvelope.ToBytes(AcsMessages.Acknowledgement(InteractionOf(request), ContextFor(request), AcknowledgementType.AA, [])));

    public static Func<RecordedSpineRequest, SpineReply> Error(params DetectedIssue[] reasons) => Acknowledgement(AcknowledgementType.AE, reasons);

    public static Func<RecordedSpineRequest, SpineReply> Acknowledgement(AcknowledgementType type, params DetectedIssue[] reasons) =>
        request => new(200, SoapEnvelope.ToBytes(AcsMessages.Acknowledgement(InteractionOf(request), ContextFor(request), type, reasons)));

    public static Func<RecordedSpineRequest, SpineReply> Fault(SoapFault fault) =>
        _ => new(500, SoapEnvelope.ToBytes(fault.ToDocument()));

    public static Func<RecordedSpineRequest, SpineReply> Raw(int statusCode, string body, string contentType = "text/plain") =>
        _ => new(statusCode, System.Text.Encoding.UTF8.GetBytes(body), contentType);

    /// <summary>An LR answer built from the request's context, such as <c>ctx =&gt; LrMessages.ConfirmShort(ctx, LRExists.Of(true))</c>.</summary>
    public static Func<RecordedSpineRequest, SpineReply> Lr(Func<ResponseContext, XDocument> build, int statusCode = 200) =>
        request => new(statusCode, SoapEnvelope.ToBytes(build(ContextFor(request))));

    public static XDocument Parse(SpineReply reply) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(reply.Body));

    private static SyncInteraction InteractionOf(RecordedSpineRequest request) =>
        AcsInteractions.All.FirstOrDefault(i => i.Action == request.SoapAction) ?? AcsInteractions.Get;

    public static ResponseContext ContextFor(RecordedSpineRequest request)
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
