namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// One part of a <c>multipart/related</c> body: its headers in order and its content, already decoded from its
/// Content-Transfer-Encoding (a writer encodes it again). <see cref="Index"/> counts from 1, as people do.
/// </summary>
public sealed record MimePart(int Index, IReadOnlyList<KeyValuePair<string, string>> Headers, ReadOnlyMemory<byte> Content)
{
    public const string ContentIdHeader = "Content-Id";

    public const string ContentTypeHeader = "Content-Type";

    public const string TransferEncodingHeader = "Content-Transfer-Encoding";

    /// <summary>The Content-Id without angle brackets.</summary>
    public string? ContentId => Header(ContentIdHeader) is { } id ? MimeContentType.BareId(id) : null;

    public string? ContentType => Header(ContentTypeHeader);

    /// <summary>The Content-Transfer-Encoding in lower case; <c>7bit</c> when absent, as RFC 2045 says.</summary>
    public string TransferEncoding => Header(TransferEncodingHeader)?.Trim().ToLowerInvariant() ?? "7bit";

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    public static MimePart Create(string contentId, string contentType, string transferEncoding, ReadOnlyMemory<byte> content) =>
        new(0, [new(ContentIdHeader, $"<{contentId}>"), new(ContentTypeHeader, contentType), new(TransferEncodingHeader, transferEncoding)], content);
}
