using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// Reads signals. They come as <c>text/xml</c>; a multipart body (Spine links an HL7 payload to some acks) is read
/// through its envelope part. Never throws for bad input.
/// </summary>
public static class EbxmlSignalReader
{
    public static EbxmlSignalReadResult Read(string? contentType, ReadOnlySpan<byte> body, EbxmlReadOptions? options = null)
    {
        options ??= EbxmlReadOptions.Default;
        if (body.IsEmpty)
        {
            return new EbxmlSignalReadResult(null, null, null, "The body is empty: no Acknowledgment or MessageError.");
        }

        if (MimeContentType.Parse(contentType).Is(MimeContentType.MultipartRelated))
        {
            var read = EbxmlReader.Read(contentType, body, options);
            return read.Envelope is { } multipartEnvelope
                ? new(multipartEnvelope, EbxmlAcknowledgment.Read(multipartEnvelope), EbxmlMessageError.Read(multipartEnvelope), null)
                : new(null, null, null, "The multipart body has no SOAP envelope: " + string.Join("; ", read.Problems));
        }

        var loaded = HardenedXml.Load(body, options.MaxXmlCharacters);
        if (loaded.Document is not { } envelope)
        {
            return new EbxmlSignalReadResult(null, null, null, loaded.Error);
        }

        return envelope.Root?.Name == SpineNamespaces.Soap + "Envelope"
            ? new(envelope, EbxmlAcknowledgment.Read(envelope), EbxmlMessageError.Read(envelope), null)
            : new(envelope, null, null, $"The root element is {envelope.Root?.Name}, not a SOAP 1.1 Envelope.");
    }
}
