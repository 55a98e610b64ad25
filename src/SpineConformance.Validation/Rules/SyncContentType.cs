using SpineConformance.Hl7.Ebxml;

namespace SpineConformance.Validation.Rules;

/// <summary>
/// What Spine's synchronous services take on the HTTP layer: SOAP 1.1, sent as <c>text/xml</c> in UTF-8 (TRANSPORT.md §1.1;
/// the MHS sends the charset as a separate header, so a missing charset parameter is fine).
/// </summary>
public static class SyncContentType
{
    public const string Expected = "text/xml; charset=utf-8";

    /// <summary>What is wrong with <paramref name="contentType"/>, in words a sender can act on; <see langword="null"/> when nothing is.</summary>
    public static string? Problem(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return $"The request has no Content-Type header; Spine's synchronous services take SOAP 1.1 sent as Content-Type: {Expected}.";
        }

        // What nearly every client sends, known good without parsing it.
        if (contentType.Equals(Expected, StringComparison.OrdinalIgnoreCase) || contentType.Equals("text/xml", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parsed = MimeContentType.Parse(contentType);
        if (!parsed.Is("text/xml"))
        {
            return $"The Content-Type is '{contentType}'; Spine's synchronous services take SOAP 1.1 sent as Content-Type: {Expected}.";
        }

        return parsed.Parameter("charset") is { } charset
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            ? $"The Content-Type names charset={charset}; Spine messages are UTF-8: send UTF-8 bytes with Content-Type: {Expected}."
            : null;
    }
}
