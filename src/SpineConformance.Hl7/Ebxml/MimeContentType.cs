namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// A parsed Content-Type header value: the media type and its parameters, names matched without regard to case and
/// quoted values unquoted (so <c>start=a@b</c> and <c>start="&lt;a@b&gt;"</c> both read).
/// </summary>
public sealed record MimeContentType(string MediaType, IReadOnlyDictionary<string, string> Parameters)
{
    public const string MultipartRelated = "multipart/related";

    public bool Is(string mediaType) => string.Equals(MediaType, mediaType, StringComparison.OrdinalIgnoreCase);

    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;

    /// <summary>XML media types: <c>text/xml</c>, <c>application/xml</c> and any <c>+xml</c> suffix.</summary>
    public bool IsXml =>
        Is("text/xml") || Is("application/xml") || MediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase);

    public static MimeContentType Parse(string? value)
    {
        var segments = Split(value ?? string.Empty);
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in segments.Skip(1))
        {
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var name = segment[..equals].Trim();
            parameters.TryAdd(name, Unquote(segment[(equals + 1)..].Trim()));
        }

        return new MimeContentType(segments.Count > 0 ? segments[0].Trim().ToLowerInvariant() : string.Empty, parameters);
    }

    /// <summary>Angle brackets removed, as Content-Id and <c>start</c> are compared without them.</summary>
    public static string BareId(string id)
    {
        var trimmed = id.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '<' && trimmed[^1] == '>' ? trimmed[1..^1].Trim() : trimmed;
    }

    // Semicolons inside quotes belong to the value (a boundary may contain one), so split by hand.
    private static List<string> Split(string value)
    {
        var segments = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && quoted)
            {
                i++;
            }
            else if (value[i] == '"')
            {
                quoted = !quoted;
            }
            else if (value[i] == ';' && !quoted)
            {
                segments.Add(value[start..i]);
                start = i + 1;
            }
        }

        segments.Add(value[start..]);
        return segments.Where(s => s.Trim().Length > 0).ToList();
    }

    private static string Unquote(string value)
    {
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
        {
            return value;
        }

        var inner = value[1..^1];
        var unescaped = new System.Text.StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                i++;
            }

            unescaped.Append(inner[i]);
        }

        return unescaped.ToString();
    }
}
