using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// Reads an ebXML message from its Content-Type and body. Never throws for bad input: it keeps what it could read and
/// lists every packaging problem, so a validator can report them all and a simulator can still answer.
/// </summary>
public static class EbxmlReader
{
    public static EbxmlReadResult Read(string? contentType, ReadOnlySpan<byte> body, EbxmlReadOptions? options = null)
    {
        options ??= EbxmlReadOptions.Default;
        var mime = MimeMultipartReader.Read(contentType, body, options.MaxParts);
        var problems = mime.Problems.ToList();
        var parts = mime.Parts;
        if (parts.Count == 0 && !mime.ContentType.Is(MimeContentType.MultipartRelated) && !body.IsEmpty)
        {
            // A bare text/xml envelope: read it as the envelope so the header can still be checked.
            parts = [new MimePart(1, [], body.ToArray())];
        }

        var documents = LoadXmlParts(parts, options, problems);
        var envelopePart = FindEnvelope(parts, mime.Start, documents, problems);
        var envelope = envelopePart is null ? null : documents[envelopePart.Index];
        var soap = envelope?.Root;
        var header = EbxmlHeaderXml.Read(soap?.Element(SpineNamespaces.Soap + "Header"));
        var references = EbxmlManifestXml.Read(soap?.Element(SpineNamespaces.Soap + "Body"));
        foreach (var reference in references.Where(r => r.ContentId is { } id && PartWithId(parts, id) is null))
        {
            problems.Add(new(EbxmlProblemKind.ManifestReferenceNotFound,
                $"The manifest references '{reference.Href}' but no MIME part has Content-Id <{reference.ContentId}>."));
        }

        var payloadReference = references.FirstOrDefault(r => r.IsHl7Payload);
        var payloadPart = (payloadReference?.ContentId is { } payloadId ? PartWithId(parts, payloadId) : null)
            ?? parts.FirstOrDefault(p => p != envelopePart && p.Index == 2 && documents.ContainsKey(p.Index));
        var attachments = parts
            .Where(p => p != envelopePart && p != payloadPart)
            .Select(p => new EbxmlAttachment(
                p.ContentId ?? string.Empty,
                p.ContentType ?? string.Empty,
                p.Content,
                p.TransferEncoding,
                references.FirstOrDefault(r => r.ContentId is { } id && id.Equals(p.ContentId, StringComparison.OrdinalIgnoreCase))?.Description ?? string.Empty))
            .ToList();

        var message = new EbxmlMessage(header, payloadPart is null ? null : documents.GetValueOrDefault(payloadPart.Index), attachments)
        {
            PayloadSchemaLocation = payloadReference?.SchemaLocation ?? string.Empty,
            PayloadSchemaVersion = payloadReference?.SchemaVersion ?? string.Empty,
            PayloadDescription = payloadReference?.Description ?? string.Empty,
            PayloadContentType = payloadPart?.ContentType ?? string.Empty,
        };
        return new EbxmlReadResult(message, envelope, parts, references, problems);
    }

    private static Dictionary<int, XDocument?> LoadXmlParts(IReadOnlyList<MimePart> parts, EbxmlReadOptions options, List<EbxmlProblem> problems)
    {
        var documents = new Dictionary<int, XDocument?>();
        foreach (var part in parts.Where(p => p.Index == 1 || MimeContentType.Parse(p.ContentType).IsXml))
        {
            // Undecodable base64 is already reported; parsing it as XML would only add a misleading second problem.
            if (problems.Any(p => p.PartIndex == part.Index && p.Kind == EbxmlProblemKind.Base64NotDecodable))
            {
                continue;
            }

            // Spine's parts are UTF-8; a part declaring another charset would be read wrongly or not at all.
            if (MimeContentType.Parse(part.ContentType).Parameter("charset") is { } charset && !IsUtf8(charset))
            {
                problems.Add(new(EbxmlProblemKind.PartNotUtf8,
                    $"Part {part.Index} (Content-Id {Describe(part.ContentId)}) declares charset={charset}; Spine's ebXML parts are UTF-8 (Content-Type: text/xml; charset=UTF-8).")
                { PartIndex = part.Index });
            }

            var loaded = HardenedXml.Load(part.Content.Span, options.MaxXmlCharacters);
            documents[part.Index] = loaded.Document;
            if (!loaded.Success)
            {
                problems.Add(new(EbxmlProblemKind.PartNotWellFormedXml,
                    $"Part {part.Index} (Content-Id {Describe(part.ContentId)}) is not well-formed XML: {loaded.Error}")
                { PartIndex = part.Index, Line = loaded.Line });
            }
        }

        return documents;
    }

    private static MimePart? FindEnvelope(IReadOnlyList<MimePart> parts, string? start, Dictionary<int, XDocument?> documents, List<EbxmlProblem> problems)
    {
        if (parts.Count == 0)
        {
            return null;
        }

        var first = parts[0];
        if (documents.GetValueOrDefault(first.Index) is { } firstDocument && !IsEnvelope(firstDocument)
            && !problems.Any(p => p.Kind == EbxmlProblemKind.FirstPartNotSoapEnvelope))
        {
            problems.Add(new(EbxmlProblemKind.FirstPartNotSoapEnvelope,
                $"The first part's root element is {firstDocument.Root?.Name.ToString() ?? "(none)"}, but it must be the SOAP envelope ({{{SpineNamespaces.Soap.NamespaceName}}}Envelope).")
            { PartIndex = 1 });
        }

        // Prefer the part that start names: a message with its parts out of order is still read, and reported above.
        var candidates = (start is null ? [] : parts.Where(p => string.Equals(p.ContentId, start, StringComparison.OrdinalIgnoreCase))).Append(first);
        return candidates.FirstOrDefault(p => documents.GetValueOrDefault(p.Index) is { } d && IsEnvelope(d));
    }

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static bool IsEnvelope(XDocument document) => document.Root?.Name == SpineNamespaces.Soap + "Envelope";

    private static MimePart? PartWithId(IReadOnlyList<MimePart> parts, string contentId) =>
        parts.FirstOrDefault(p => string.Equals(p.ContentId, contentId, StringComparison.OrdinalIgnoreCase));

    private static string Describe(string? contentId) => contentId is null ? "(none)" : $"<{contentId}>";
}
