using System.Text;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// Writes <c>multipart/related</c> bodies in the RFC 2387 form: CRLF line ends, each part's headers as given, base64
/// content encoded in 76-character lines, and a Content-Type with the boundary, type and start quoted.
/// </summary>
public static class MimeMultipartWriter
{
    public static (byte[] Body, string ContentType) Write(IReadOnlyList<MimePart> parts, string startContentId, string boundary = EbxmlConstants.Boundary)
    {
        using var body = new MemoryStream();
        foreach (var part in parts)
        {
            Ascii(body, $"--{boundary}\r\n");
            foreach (var header in part.Headers)
            {
                Ascii(body, $"{header.Key}: {header.Value}\r\n");
            }

            Ascii(body, "\r\n");
            body.Write(Encode(part));
            Ascii(body, "\r\n");
        }

        Ascii(body, $"--{boundary}--\r\n");
        return (body.ToArray(), ContentType(startContentId, boundary));
    }

    public static string ContentType(string startContentId, string boundary = EbxmlConstants.Boundary) =>
        $"{MimeContentType.MultipartRelated}; boundary=\"{boundary}\"; type=\"text/xml\"; start=\"<{startContentId}>\"";

    private static ReadOnlySpan<byte> Encode(MimePart part) =>
        part.TransferEncoding == "base64"
            ? Encoding.ASCII.GetBytes(Convert.ToBase64String(part.Content.Span, Base64FormattingOptions.InsertLineBreaks))
            : part.Content.Span;

    private static void Ascii(MemoryStream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}
