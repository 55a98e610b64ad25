using System.Text;
using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Comparison;

/// <summary>
/// The documents a message's bytes hold, as the journal keeps them: a SOAP envelope (and the HL7 interaction in its
/// body), a bare HL7 message, or an ebXML MIME package (its ebXML envelope and HL7 payload). Or why none could be read.
/// </summary>
internal sealed record ActualMessage(IReadOnlyList<XDocument> Documents, string? Error)
{
    public static ActualMessage Read(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (IsMultipart(bytes, contentType, out var effectiveType))
        {
            var read = EbxmlReader.Read(effectiveType, bytes);
            var documents = new[] { read.Message.Payload, read.Envelope }.OfType<XDocument>().ToList();
            return documents.Count > 0
                ? new ActualMessage(documents, null)
                : new ActualMessage([], "The ebXML message holds no readable XML: " + string.Join(" ", read.Problems.Select(p => p.Message)));
        }

        var loaded = HardenedXml.Load(bytes);
        if (loaded.Document is not { Root: { } root } document)
        {
            var where = loaded.Line is { } line ? $" (line {line}, column {loaded.Column})" : string.Empty;
            return new ActualMessage([], $"{loaded.Error}{where}");
        }

        var interaction = root.Name == SpineNamespaces.Soap + "Envelope"
            ? root.Element(SpineNamespaces.Soap + "Body")?.Elements().FirstOrDefault()
            : null;
        return new ActualMessage(interaction is null ? [document] : [document, new XDocument(interaction)], null);
    }

    /// <summary>The document to compare with a template: the one with the same root element, else the first.</summary>
    public XDocument? For(XDocument template) =>
        Documents.FirstOrDefault(d => d.Root?.Name == template.Root?.Name) ?? (Documents.Count > 0 ? Documents[0] : null);

    // The journal may keep the body without its Content-Type; a MIME body then starts with its boundary line.
    private static bool IsMultipart(ReadOnlySpan<byte> bytes, string? contentType, out string? effectiveType)
    {
        effectiveType = contentType;
        if (contentType is not null)
        {
            return MimeContentType.Parse(contentType).Is(MimeContentType.MultipartRelated);
        }

        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 200)]).TrimStart();
        if (!head.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var firstLine = head.Split('\n', 2)[0].TrimEnd('\r');
        effectiveType = $"multipart/related; boundary=\"{firstLine[2..]}\"; type=\"text/xml\"";
        return true;
    }
}
