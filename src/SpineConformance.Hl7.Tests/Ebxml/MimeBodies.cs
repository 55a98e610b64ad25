using System.Text;

namespace SpineConformance.Hl7.Tests.Ebxml;

/// <summary>Hand-assembled multipart bodies, for the wire variants and mistakes our own writer never produces.</summary>
internal static class MimeBodies
{
    public const string Boundary = "--=_MIME-Boundary";

    public static byte[] Join(string newline, IEnumerable<(string Headers, byte[] Content)> parts, string? preamble = null, string? epilogue = null, bool close = true)
    {
        using var body = new MemoryStream();
        Write(body, preamble is null ? string.Empty : preamble + newline);
        foreach (var (headers, content) in parts)
        {
            Write(body, "--" + Boundary + newline);
            Write(body, headers.Length == 0 ? newline : headers.Replace("\n", newline, StringComparison.Ordinal) + newline + newline);
            body.Write(content);
            Write(body, newline);
        }

        if (close)
        {
            Write(body, "--" + Boundary + "--" + newline);
        }

        Write(body, epilogue ?? string.Empty);
        return body.ToArray();
    }

    public static (string Headers, byte[] Content) Part(string contentId, string contentType, string encoding, byte[] content) =>
        ($"Content-Id: <{contentId}>\nContent-Type: {contentType}\nContent-Transfer-Encoding: {encoding}", content);

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static void Write(MemoryStream stream, string text) => stream.Write(Encoding.ASCII.GetBytes(text));
}
