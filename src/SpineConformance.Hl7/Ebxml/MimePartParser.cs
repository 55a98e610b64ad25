using System.Text;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>Splits one part into its headers and content, and decodes the content from its transfer encoding.</summary>
internal static class MimePartParser
{
    public static MimePart Parse(int index, ReadOnlySpan<byte> raw, List<EbxmlProblem> problems)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var cursor = 0;
        while (cursor < raw.Length)
        {
            var lineEnd = raw[cursor..].IndexOf((byte)'\n');
            var next = lineEnd < 0 ? raw.Length : cursor + lineEnd + 1;
            var line = Encoding.Latin1.GetString(raw[cursor..next]).TrimEnd('\r', '\n');
            if (line.Length == 0)
            {
                if (headers.Count == 0)
                {
                    problems.Add(Missing(index, "starts with a blank line, so it has no Content-Id, Content-Type or Content-Transfer-Encoding"));
                }

                cursor = next;
                break;
            }

            if (line[0] is ' ' or '\t' && headers.Count > 0)
            {
                headers[^1] = new(headers[^1].Key, headers[^1].Value + " " + line.Trim());
            }
            else if (HeaderName(line) is { } name)
            {
                headers.Add(new(name, line[(name.Length + 1)..].Trim()));
            }
            else if (headers.Count == 0)
            {
                // No header block at all: the part is content only, which a reader must not mistake for headers.
                problems.Add(Missing(index, $"begins with '{Shorten(line)}', not a header such as 'Content-Id: <...>'"));
                return Decode(index, [], raw, problems);
            }
            else
            {
                problems.Add(new(EbxmlProblemKind.MalformedPartHeader, $"The header line '{Shorten(line)}' is not 'Name: value'.") { PartIndex = index });
            }

            cursor = next;
        }

        return Decode(index, headers, raw[Math.Min(cursor, raw.Length)..], problems);
    }

    private static MimePart Decode(int index, List<KeyValuePair<string, string>> headers, ReadOnlySpan<byte> content, List<EbxmlProblem> problems)
    {
        var part = new MimePart(index, headers, content.ToArray());
        switch (part.TransferEncoding)
        {
            case "7bit" or "8bit" or "binary":
                return part;
            case "base64":
                var text = Encoding.ASCII.GetString(content).Where(c => !char.IsWhiteSpace(c)).ToArray();
                var decoded = new byte[text.Length * 3 / 4 + 3];
                if (Convert.TryFromBase64Chars(text, decoded, out var written))
                {
                    return part with { Content = decoded.AsMemory(0, written) };
                }

                problems.Add(new(EbxmlProblemKind.Base64NotDecodable,
                    "The part is declared Content-Transfer-Encoding: base64 but its content is not valid base64; it is kept undecoded.") { PartIndex = index });
                return part;
            default:
                problems.Add(new(EbxmlProblemKind.UnsupportedTransferEncoding,
                    $"The Content-Transfer-Encoding '{part.TransferEncoding}' is not one Spine uses (7bit, 8bit, binary, base64); the content is kept as sent.") { PartIndex = index });
                return part;
        }
    }

    // RFC 5322 field names: printable ASCII except the colon, with no spaces.
    private static string? HeaderName(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var name = line[..colon];
        return name.All(c => c is > ' ' and < (char)127 && c is not ('<' or '>' or '"' or '(' or ')' or ',' or ';' or '@' or '[' or ']' or '\\' or '/' or '?' or '=' or '{' or '}'))
            ? name
            : null;
    }

    private static EbxmlProblem Missing(int index, string why) =>
        new(EbxmlProblemKind.PartWithoutHeaders, $"Part {index} {why}.") { PartIndex = index };

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..60] + "…";
}
