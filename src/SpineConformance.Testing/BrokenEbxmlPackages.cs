using System.Text;
using SpineConformance.Hl7.Ebxml;

namespace SpineConformance.Testing;

/// <summary>
/// One ebXML request per packaging refusal (<c>EBXML-MIME-*</c>): the sample reliable message as it goes on the wire,
/// with its Content-Type, its MIME parts or its bytes broken in one way. Some breakages cannot help breaking a second
/// thing (a part without headers has no Content-Id, so the manifest's reference finds nothing).
/// </summary>
public static class BrokenEbxmlPackages
{
    private const string Delimiter = "--" + EbxmlConstants.Boundary;

    public sealed record Breakage(string RuleId, string Description, string? ContentType, byte[] Body)
    {
        public override string ToString() => $"{RuleId}: {Description}";
    }

    /// <summary>The valid reliable message every breakage starts from.</summary>
    public static EbxmlHttpMessage Valid() => SampleEbxml.Wire();

    public static IEnumerable<Breakage> All()
    {
        var valid = Valid();
        var type = valid.ContentType;
        var body = valid.Body.ToArray();
        yield return new("EBXML-MIME-NOT-MULTIPART-RELATED", "sent as text/plain", "text/plain", body);
        yield return new("EBXML-MIME-MISSING-BOUNDARY", "a Content-Type without its boundary", "multipart/related; type=\"text/xml\"", body);
        yield return new("EBXML-MIME-BOUNDARY-NOT-FOUND", "a boundary the body does not use",
            type.Replace(EbxmlConstants.Boundary, "another-boundary", StringComparison.Ordinal), body);
        yield return new("EBXML-MIME-MISSING-CLOSING-BOUNDARY", "the closing delimiter cut off", type, Edit(body, b => b.Replace($"{Delimiter}--", string.Empty, StringComparison.Ordinal)));
        yield return new("EBXML-MIME-NO-PARTS", "only the closing delimiter", type, Encoding.ASCII.GetBytes($"{Delimiter}--\r\n"));
        yield return new("EBXML-MIME-PART-WITHOUT-HEADERS", "the payload part's headers left out", type, WithParts(p => [p[0], p[1] with { Headers = [] }]));
        yield return new("EBXML-MIME-MALFORMED-PART-HEADER", "a part header line with no colon", type,
            Edit(body, b => b.Replace("Content-Transfer-Encoding: 8bit", "Content-Transfer-Encoding 8bit", StringComparison.Ordinal)));
        yield return new("EBXML-MIME-TOO-MANY-PARTS", $"{MimeMultipartReader.DefaultMaxParts + 1} parts", type, WithParts(p =>
            [.. p, .. Enumerable.Range(1, MimeMultipartReader.DefaultMaxParts).Select(i => MimePart.Create($"extra{i}@example", "text/plain", "8bit", "x"u8.ToArray()))]));
        yield return new("EBXML-MIME-START-NAMES-NO-PART", "a start parameter naming no part",
            type.Replace(EbxmlConstants.EnvelopeContentId, "elsewhere@example", StringComparison.Ordinal), body);
        yield return new("EBXML-MIME-FIRST-PART-NOT-SOAP-ENVELOPE", "the payload sent before the envelope", type, WithParts(p => [p[1], p[0]]));
        yield return new("EBXML-MIME-PART-NOT-UTF8", "a payload part declaring ISO-8859-1", type, WithParts(p => [p[0], WithContentType(p[1], "text/xml; charset=ISO-8859-1")]));
        yield return new("EBXML-MIME-PART-NOT-WELL-FORMED-XML", "a payload part that is not XML", type,
            WithParts(p => [p[0], p[1] with { Content = "This is not the HL7 payload."u8.ToArray() }]));
        yield return new("EBXML-MIME-BASE64-NOT-DECODABLE", "an attachment declared base64 that does not decode", type,
            Edit(WithParts(p => [.. p, MimePart.Create("doc@example", "application/pdf", "8bit", "not*base64!"u8.ToArray())]),
                b => b.Replace("Content-Type: application/pdf\r\nContent-Transfer-Encoding: 8bit", "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64", StringComparison.Ordinal)));
        yield return new("EBXML-MIME-UNSUPPORTED-TRANSFER-ENCODING", "an attachment sent quoted-printable", type,
            WithParts(p => [.. p, MimePart.Create("note@example", "text/plain", "quoted-printable", "a=3Db"u8.ToArray())]));
        yield return new("EBXML-MIME-MANIFEST-REFERENCE-NOT-FOUND", "the payload part left out", type, WithParts(p => [p[0]]));
    }

    private static byte[] WithParts(Func<List<MimePart>, List<MimePart>> edit) =>
        MimeMultipartWriter.Write(edit(EbxmlWriter.Parts(SampleEbxml.Reliable(SampleEbxml.Payload())).ToList()), EbxmlConstants.EnvelopeContentId).Body;

    private static byte[] Edit(byte[] body, Func<string, string> edit) => Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(body)));

    private static MimePart WithContentType(MimePart part, string contentType) => part with
    {
        Headers = [.. part.Headers.Select(h => h.Key == MimePart.ContentTypeHeader ? new KeyValuePair<string, string>(h.Key, contentType) : h)],
    };
}
