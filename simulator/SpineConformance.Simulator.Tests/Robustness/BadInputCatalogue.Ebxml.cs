using System.Text;
using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Testing;
using static SpineConformance.Simulator.Tests.Robustness.ExpectedAnswer;

namespace SpineConformance.Simulator.Tests.Robustness;

/// <summary>The ebXML half of the catalogue: what a broken MHS can send to <c>/reliablemessaging/reliablerequest</c>.</summary>
internal static partial class BadInputCatalogue
{
    /// <summary>Text a clinician might type into the justification of a self-claimed LR, or an attacker might try.</summary>
    public const string HostileJustification = "<script>alert('x')</script> & \"quotes\"; DROP TABLE legitimate_relationships; -- ' OR '1'='1";

    private const string ReliablePath = "/reliablemessaging/reliablerequest";
    private const string Mime = EbxmlErrorCodes.MimeProblem;

    private static IEnumerable<BadInput> Ebxml()
    {
        yield return E("ebXML: not multipart", () => Reliable(body: _ => Utf8("This is not a MIME package."), contentType: _ => "text/plain"),
            new MessageError(Mime, "The Content-Type is 'text/plain'", "multipart/related"));
        yield return E("ebXML: no Content-Type", () => Reliable(contentType: _ => null), new MessageError(Mime, "The Content-Type is absent"));
        yield return E("ebXML: a boundary that is not in the body", () => Reliable(contentType: t => t.Replace(EbxmlConstants.Boundary, "another-boundary", StringComparison.Ordinal)),
            new MessageError(Mime, "No line '--another-boundary' occurs in the body"));
        yield return E("ebXML: the HL7 payload part missing", () => Reliable(parts: p => [p[0]]),
            new MessageError(Mime, "no MIME part has Content-Id"));
        yield return E("ebXML: a start parameter naming no part", () => Reliable(contentType: t => t.Replace(EbxmlConstants.EnvelopeContentId, "elsewhere@example", StringComparison.Ordinal)),
            new MessageError(Mime, "The start parameter names '<elsewhere@example>'"));
        yield return E("ebXML: truncated (no closing boundary)", () => Reliable(body: b => b[..(b.Length * 3 / 4)]),
            new MessageError(Mime, "without the closing delimiter"));
        yield return E("ebXML: an envelope part that is not XML", () => Reliable(envelope: _ => "This is not the SOAP envelope."),
            new MessageError(Mime, "Part 1", "not well-formed XML"));
        yield return E("ebXML: a DTD in the HL7 payload", () => Reliable(payload: x => WithDoctype(x, "<!DOCTYPE REPC_IN010000UK15 []>")),
            new MessageError(Mime, "Part 2", "document type declaration"));
        yield return E("ebXML: an external entity (XXE) in the envelope", () => Reliable(envelope: x => WithDoctype(
                x.Replace("<eb:CPAId>S200000000101</eb:CPAId>", "<eb:CPAId>&xxe;</eb:CPAId>", StringComparison.Ordinal),
                "<!DOCTYPE SOAP:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")),
            new MessageError(Mime, "Part 1", "document type declaration")) with { Never = ["root:"] };
        yield return E("ebXML: entity expansion (billion laughs) in the payload", () => Reliable(payload: x => WithDoctype(x, BillionLaughs.Replace("SOAP-ENV:Envelope", "REPC_IN010000UK15", StringComparison.Ordinal))),
            new MessageError(Mime, "Part 2", "no entity is expanded")) with { Never = ["lollollol"] };
        yield return E("ebXML: no SOAPAction", () => Reliable(withSoapAction: false),
            new MessageError(EbxmlErrorCodes.ValueNotRecognized, "no SOAPAction header", "urn:nhs:names:services:lrs/REPC_IN010000UK15"));
        yield return E("ebXML: an action the simulator does not serve", () => Reliable(EbxmlClient.Wrap(
                LrMessages.CreateRequest(EbxmlClient.Context(), CreateRequest.For("06", LrAgent.Person.Of("100000000001", "100000000002"), Some.NhsNumber().Value,
                    LrAgent.RequestingUser.Of("100000000001", "100000000002"))), "REPC_IN999999UK01")),
            new MessageError(EbxmlErrorCodes.NotSupported, "does not support urn:nhs:names:services:lrs/REPC_IN999999UK01"));
        yield return E("ebXML: addressed to another MHS than Spine", () => Reliable(AddressedTo("X09-0000999", EbxmlClient.CreateLr(Some.NhsNumber().Value))),
            new MessageError(EbxmlErrorCodes.ValueNotRecognized, "Unknown eb:To/eb:PartyId 'X09-0000999'", "Spine's party key is YES-0000806"));
        yield return E("ebXML: SOAPAction and eb:Action that disagree", () => Reliable(soapAction: "\"urn:nhs:names:services:lrs/REPC_IN040000UK15\""),
            new MessageError(EbxmlErrorCodes.Inconsistent, "REPC_IN040000UK15", "differs from eb:Service/eb:Action"));
        yield return E("ebXML: a part declaring a charset other than UTF-8", () => Reliable(parts: p => [p[0], WithContentType(p[1], "text/xml; charset=ISO-8859-1")]),
            new MessageError(Mime, "Part 2", "declares charset=ISO-8859-1"));
        yield return E("ebXML: bytes that are not UTF-8 in the payload", () => Reliable(payloadBytes: b => Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(b)
                .Replace("<creationTime", "<!-- caf\u00e9 --><creationTime", StringComparison.Ordinal))),
            new MessageError(Mime, "Part 2", "not valid UTF-8"));
        yield return E("ebXML: a huge attribute in the payload", () => Reliable(payload: x => x.Replace("<creationTime ", $"<creationTime note=\"{new string('x', 100_000)}\" ", StringComparison.Ordinal)),
            new MessageError(Mime, "Part 2", "Attribute 'note' of element 'creationTime' is 100000 characters long"));
        yield return E("ebXML: deeply nested elements in the payload", () => Reliable(payload: x => x.Replace("<creationTime ", Nested(1000) + "<creationTime ", StringComparison.Ordinal)),
            new MessageError(Mime, "Part 2", "nested 101 levels deep"));
        yield return E("ebXML: a body over the size limit", () => Reliable(payload: x => x.Replace("<creationTime ", $"<!-- {new string('x', SizeLimit)} --><creationTime ", StringComparison.Ordinal)),
            new Fault(413, "201", $"larger than the simulator accepts ({SizeLimit} bytes; Simulator:MaxRequestBodyBytes)")) with { BodyKept = false };
        yield return E("Create LR: an NHS number with a wrong check digit", () => Reliable(EbxmlClient.CreateLr(Some.NhsNumberWithWrongCheckDigit())),
            new AsyncRefusal("ErrorBase1712.MANDATORY_DATA_MISSING", "check digit"));
        yield return E("Create LR: an NHS number carrying SQL", () => Reliable(EbxmlClient.CreateLr("9434765919'; DROP TABLE legitimate_relationships; --")),
            new AsyncRefusal("ErrorBase1712.PATIENT_ID_TOO_LONG", "DROP TABLE"));
        yield return E("Create LR: a malformed OID for the patient", () => Reliable(EbxmlClient.CreateLr(Some.NhsNumber().Value),
                payload: x => x.Replace(Hl7.Identifiers.NhsNumber.Oid, "2.16.840.1.113883.2.1.4.1.", StringComparison.Ordinal)),
            new AsyncRefusal("ErrorBase1712.INVALID_OID", "2.16.840.1.113883.2.1.4.1."));
        yield return E("Create LR: markup and SQL in the justification", () => Reliable(CreateLrWithJustification(HostileJustification)),
            new KeptVerbatim(HostileJustification));
    }

    private static BadInput E(string name, Func<BadRequest> build, ExpectedAnswer expected) => new(name, SpineTransport.Ebxml, build, expected);

    /// <summary>
    /// A reliable Create LR for a fresh patient, broken on the way out: the envelope or payload text, the payload bytes, the parts,
    /// the whole body, the Content-Type or the SOAPAction.
    /// </summary>
    private static BadRequest Reliable(
        EbxmlMessage? message = null,
        Func<string, string>? envelope = null,
        Func<string, string>? payload = null,
        Func<byte[], byte[]>? payloadBytes = null,
        Func<List<MimePart>, List<MimePart>>? parts = null,
        Func<byte[], byte[]>? body = null,
        Func<string, string?>? contentType = null,
        bool withSoapAction = true,
        string? soapAction = null)
    {
        message ??= EbxmlClient.CreateLr(Some.NhsNumber().Value);
        var all = EbxmlWriter.Parts(message).ToList();
        all[0] = WithText(all[0], envelope);
        all[1] = WithText(all[1], payload);
        all[1] = payloadBytes is null ? all[1] : all[1] with { Content = payloadBytes(all[1].Content.ToArray()) };
        var (bytes, type) = MimeMultipartWriter.Write(parts?.Invoke(all) ?? all, EbxmlConstants.EnvelopeContentId);
        return new BadRequest(ReliablePath, contentType is null ? type : contentType(type),
            withSoapAction ? soapAction ?? EbxmlWriter.QuotedSoapAction(message.Header) : null, body?.Invoke(bytes) ?? bytes);
    }

    private static EbxmlMessage CreateLrWithJustification(string justification)
    {
        var user = LrAgent.Person.Of("100000000001", "100000000002");
        var create = CreateRequest.For("08", user, Some.NhsNumber().Value, LrAgent.RequestingUser.Of("100000000001", "100000000002")) with
        {
            Reason = LrReason.Of("06", justification),
        };
        return EbxmlClient.Wrap(LrMessages.CreateRequest(EbxmlClient.Context(), create), LrInteractions.RequestCreateLr.InteractionId);
    }

    private static EbxmlMessage AddressedTo(string partyKey, EbxmlMessage message) =>
        message with { Header = message.Header with { To = new EbxmlParty(partyKey) } };

    private static MimePart WithText(MimePart part, Func<string, string>? edit) =>
        edit is null ? part : part with { Content = Utf8(edit(Encoding.UTF8.GetString(part.Content.Span))) };

    private static MimePart WithContentType(MimePart part, string contentType) => part with
    {
        Headers = [.. part.Headers.Select(h => h.Key == MimePart.ContentTypeHeader ? new KeyValuePair<string, string>(h.Key, contentType) : h)],
    };
}
