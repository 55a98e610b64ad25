using System.Text;

namespace SpineConformance.SecondClient.Mhs;

/// <summary>
/// The MIME multipart/related packaging of an ebXML message (TRANSPORT.md §3.1), written and read here: the ebXML
/// envelope first, then the HL7 payload, each with its Content-Id and 8-bit UTF-8 XML.
/// </summary>
internal static class MimePackage
{
    private const string Boundary = "--=_MIME-Boundary";

    public static string ContentType =>
        $"multipart/related; boundary=\"{Boundary}\"; type=\"text/xml\"; start=\"<ebXMLHeader@spine.nhs.uk>\"";

    public static byte[] Write(string envelope, string payloadContentId, string payload)
    {
        var text = new StringBuilder()
            .Append("--").Append(Boundary).Append("\r\n")
            .Append("Content-Id: <ebXMLHeader@spine.nhs.uk>\r\nContent-Type: text/xml; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(envelope).Append("\r\n")
            .Append("--").Append(Boundary).Append("\r\n")
            .Append("Content-Id: <").Append(payloadContentId).Append(">\r\nContent-Type: text/xml; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(payload).Append("\r\n")
            .Append("--").Append(Boundary).Append("--\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The parts' bodies in order, or why the package cannot be read.</summary>
    public static (IReadOnlyList<string> Parts, string? Problem) Read(string? contentType, byte[] body)
    {
        var boundary = BoundaryOf(contentType);
        if (boundary is null)
        {
            return ([], $"Content-Type '{contentType}' is not multipart/related with a boundary.");
        }

        var text = Encoding.UTF8.GetString(body);
        var delimiter = "--" + boundary;
        var parts = new List<string>();
        foreach (var chunk in text.Split(delimiter).Skip(1))
        {
            if (chunk.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var headerEnd = chunk.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var separator = 4;
            if (headerEnd < 0)
            {
                headerEnd = chunk.IndexOf("\n\n", StringComparison.Ordinal);
                separator = 2;
            }

            if (headerEnd >= 0)
            {
                parts.Add(chunk[(headerEnd + separator)..].Trim());
            }
        }

        return parts.Count == 0 ? ([], "The MIME package has no parts.") : (parts, null);
    }

    private static string? BoundaryOf(string? contentType)
    {
        if (contentType is null || !contentType.Contains("multipart/related", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var parameter in contentType.Split(';').Select(p => p.Trim()))
        {
            if (parameter.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
            {
                return parameter["boundary=".Length..].Trim('"');
            }
        }

        return null;
    }
}
