using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Simulator.Sync;

/// <summary>
/// A synchronous request read once, before anything is refused, with what every later step needs: the HTTP facts the
/// HTTP rules judge, the SOAP message, and the patient, sender and interaction the journal and fault rules are keyed by.
/// Nothing after this reads the bytes again.
/// </summary>
internal sealed class SyncRequest
{
    private SyncRequest(string path, IHeaderDictionary headers, byte[] body, SyncHttpRequest http)
    {
        Path = path;
        Headers = headers;
        Body = body;
        Http = http;
        var message = http.Message;
        PatientId = message?.PatientId;
        Patient = NhsNumber.Parse(PatientId) is { Success: true } parsed ? parsed.Value : null;
        SenderAsid = message?.HeaderSenderAsid ?? message?.BodySenderAsid;
        InteractionId = message?.InteractionId ?? http.Action?.Split('/')[^1];
    }

    public string Path { get; }

    public IHeaderDictionary Headers { get; }

    public byte[] Body { get; }

    /// <summary>The request as the HTTP rules see it: SOAPAction, Content-Type and the body read as XML.</summary>
    public SyncHttpRequest Http { get; }

    public SyncMessage? Message => Http.Message;

    /// <summary>The interaction the message names, or the last part of the SOAPAction when there is no message to ask.</summary>
    public string? InteractionId { get; }

    /// <summary>The patient as sent (the first NHS-number id in the payload: the ACS resourceContext, the LR patient), for the journal.</summary>
    public string? PatientId { get; }

    /// <summary><see cref="PatientId"/> when it is a valid NHS number.</summary>
    public NhsNumber? Patient { get; }

    /// <summary>The sending system's ASID: the SOAP header's, else the HL7 wrapper's.</summary>
    public string? SenderAsid { get; }

    public static SyncRequest Read(string path, IHeaderDictionary headers, byte[] body, long maxBytes, Func<string, bool> served)
    {
        // The first value of each header, read from StringValues directly (LINQ's FirstOrDefault boxed it for every request).
        var soapAction = First(headers["SOAPAction"]);
        var action = SoapActionHeader.Normalise(soapAction);
        var http = new SyncHttpRequest(soapAction, action, action is not null && served(action), First(headers.ContentType),
            HardenedXml.Load(body, maxBytes));
        return new SyncRequest(path, headers, body, http);
    }

    private static string? First(Microsoft.Extensions.Primitives.StringValues values) => values.Count > 0 ? values[0] : null;
}
