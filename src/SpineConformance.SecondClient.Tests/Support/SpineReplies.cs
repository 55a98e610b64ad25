using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SpineConformance.Hl7.Lr;

namespace SpineConformance.SecondClient.Tests.Support;

/// <summary>Spine's asynchronous replies to the client's MHS, packaged as Spine sends them, and the ids read back from what the client sent.</summary>
internal static partial class SpineReplies
{
    public static (string MessageId, string ConversationId) IdsOf(SpineRequest request) =>
        (MessageIdPattern().Match(request.Body).Groups[1].Value, ConversationIdPattern().Match(request.Body).Groups[1].Value);

    public static string Hl7PartOf(SpineRequest request) => request.Body[request.Body.IndexOf("<REPC_", StringComparison.Ordinal)..].Split("\r\n")[0];

    /// <summary>Confirm LR Created (REPC_IN020000UK13) for the request with this MessageId, as a reliable ebXML message.</summary>
    public static HttpContent LrCreated(string replyMessageId, (string MessageId, string ConversationId) request, string lrId)
    {
        var hl7 = LrMessages.ConfirmLrCreated(new AsyncResponseContext("A1B2C3D4-0000-4000-8000-000000000001", "20261206090000", "X", "200000000201", "990101234567"), lrId);
        var header = $"""
            <SOAP:Envelope xmlns:SOAP="http://schemas.xmlsoap.org/soap/envelope/" xmlns:eb="http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd">
              <SOAP:Header><eb:MessageHeader eb:version="2.0">
                <eb:From><eb:PartyId>YES-0000806</eb:PartyId></eb:From><eb:To><eb:PartyId>B82617-0000201</eb:PartyId></eb:To>
                <eb:CPAId>S200000000201</eb:CPAId><eb:ConversationId>{request.ConversationId}</eb:ConversationId>
                <eb:Service>urn:nhs:names:services:lrs</eb:Service><eb:Action>REPC_IN020000UK13</eb:Action>
                <eb:MessageData><eb:MessageId>{replyMessageId}</eb:MessageId><eb:Timestamp>2026-12-06T09:00:00Z</eb:Timestamp><eb:RefToMessageId>{request.MessageId}</eb:RefToMessageId></eb:MessageData>
                <eb:DuplicateElimination/></eb:MessageHeader></SOAP:Header><SOAP:Body/>
            </SOAP:Envelope>
            """;
        var body = $"----=_MIME-Boundary\r\nContent-Id: <ebXMLHeader@spine.nhs.uk>\r\nContent-Type: text/xml\r\n\r\n{header}\r\n"
            + $"----=_MIME-Boundary\r\nContent-Id: <{replyMessageId}@spine.nhs.uk>\r\nContent-Type: text/xml\r\n\r\n{hl7.ToString(SaveOptions.DisableFormatting)}\r\n----=_MIME-Boundary--\r\n";
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/related; boundary=\"--=_MIME-Boundary\"; type=\"text/xml\"; start=\"<ebXMLHeader@spine.nhs.uk>\"");
        return content;
    }

    [GeneratedRegex("<eb:MessageId>([^<]+)</eb:MessageId>")]
    private static partial Regex MessageIdPattern();

    [GeneratedRegex("<eb:ConversationId>([^<]+)</eb:ConversationId>")]
    private static partial Regex ConversationIdPattern();
}
