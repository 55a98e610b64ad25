using System.Text;

namespace SpineConformance.Validation.Captured;

/// <summary>
/// The request line and headers of a captured HTTP request (<c>POST /sync-service HTTP/1.1</c> and what follows, up to
/// the empty line), when a captured message starts with them.
/// </summary>
internal sealed class HttpHead
{
    private readonly Dictionary<string, string> headers;

    private HttpHead(Dictionary<string, string> headers, int length)
    {
        this.headers = headers;
        Length = length;
    }

    /// <summary>How many bytes the request line, the headers and the empty line after them take.</summary>
    public int Length { get; }

    public string? Header(string name) => headers.GetValueOrDefault(name);

    public static bool TryRead(ReadOnlySpan<byte> bytes, out HttpHead head)
    {
        head = new HttpHead([], 0);
        var firstEnd = bytes.IndexOf((byte)'\n');
        if (firstEnd < 0 || !IsRequestLine(bytes[..firstEnd]))
        {
            return false;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = firstEnd + 1;
        while (position < bytes.Length)
        {
            var end = bytes[position..].IndexOf((byte)'\n');
            var line = end < 0 ? bytes[position..] : bytes[position..(position + end)];
            position = end < 0 ? bytes.Length : position + end + 1;
            line = line.TrimEnd((byte)'\r');
            if (line.IsEmpty)
            {
                head = new HttpHead(headers, position);
                return true;
            }

            var colon = line.IndexOf((byte)':');
            if (colon > 0)
            {
                headers[Encoding.ASCII.GetString(line[..colon]).Trim()] = Encoding.UTF8.GetString(line[(colon + 1)..]).Trim();
            }
        }

        // Headers with no body after them: the message is empty.
        head = new HttpHead(headers, bytes.Length);
        return true;
    }

    // "POST /path HTTP/1.1": a method in capitals, a target, and the protocol.
    private static bool IsRequestLine(ReadOnlySpan<byte> line)
    {
        var text = Encoding.ASCII.GetString(line.TrimEnd((byte)'\r'));
        var parts = text.Split(' ');
        return parts.Length == 3 && parts[0].Length > 0 && parts[0].All(char.IsAsciiLetterUpper) && parts[2].StartsWith("HTTP/", StringComparison.Ordinal);
    }
}
