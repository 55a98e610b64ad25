using System.Text;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// Reads <c>multipart/related</c> bodies (RFC 2046, RFC 2387) as the MHS, SpineTools and Spine write them: CRLF or bare
/// LF line ends, optional preamble and epilogue, parts in 7bit, 8bit, binary or base64. Never throws for bad input; it
/// reads what it can and lists every problem. The caller bounds the body size; this bounds the number of parts.
/// </summary>
public static class MimeMultipartReader
{
    /// <summary>The default limit on parts read: far above any Spine message (GP2GP splits at about 100 attachments).</summary>
    public const int DefaultMaxParts = 100;

    public static MimeReadResult Read(string? contentType, ReadOnlySpan<byte> body, int maxParts = DefaultMaxParts)
    {
        var type = MimeContentType.Parse(contentType);
        var problems = new List<EbxmlProblem>();
        var start = type.Parameter("start") is { } s ? MimeContentType.BareId(s) : null;
        if (!type.Is(MimeContentType.MultipartRelated))
        {
            problems.Add(new(EbxmlProblemKind.NotMultipartRelated,
                $"The Content-Type is {(contentType is null ? "absent" : $"'{contentType}'")}; an ebXML message is sent as multipart/related."));
        }

        var boundary = type.Parameter("boundary");
        if (string.IsNullOrEmpty(boundary))
        {
            if (type.Is(MimeContentType.MultipartRelated))
            {
                problems.Add(new(EbxmlProblemKind.MissingBoundary, "The Content-Type has no boundary parameter, so the parts cannot be found."));
            }

            return new MimeReadResult(type, [], start, problems);
        }

        var parts = ReadParts(body, boundary, maxParts, problems);
        CheckStart(parts, start, problems);
        return new MimeReadResult(type, parts, start, problems);
    }

    private static List<MimePart> ReadParts(ReadOnlySpan<byte> body, string boundary, int maxParts, List<EbxmlProblem> problems)
    {
        var delimiters = MimeDelimiters.Find(body, Encoding.ASCII.GetBytes("--" + boundary));
        var parts = new List<MimePart>();
        if (delimiters.Count == 0)
        {
            problems.Add(new(EbxmlProblemKind.BoundaryNotFound,
                $"No line '--{boundary}' occurs in the body: the boundary parameter does not match the body."));
            return parts;
        }

        var closed = delimiters[^1].Closing;
        if (!closed)
        {
            problems.Add(new(EbxmlProblemKind.MissingClosingBoundary,
                $"The body ends without the closing delimiter '--{boundary}--'; the last part may be cut short."));
        }

        for (var i = 0; i < delimiters.Count && !delimiters[i].Closing; i++)
        {
            if (parts.Count == maxParts)
            {
                problems.Add(new(EbxmlProblemKind.TooManyParts, $"The body has more than {maxParts} parts; only the first {maxParts} were read."));
                break;
            }

            var from = delimiters[i].ContentStart;
            var to = i + 1 < delimiters.Count ? delimiters[i + 1].ContentEnd : MimeDelimiters.TrimFinalLineBreak(body);
            parts.Add(MimePartParser.Parse(parts.Count + 1, body[from..Math.Max(from, to)], problems));
        }

        if (parts.Count == 0)
        {
            problems.Add(new(EbxmlProblemKind.NoParts, "The body has delimiters but no part between them."));
        }

        return parts;
    }

    private static void CheckStart(List<MimePart> parts, string? start, List<EbxmlProblem> problems)
    {
        if (start is null || parts.Count == 0)
        {
            return;
        }

        var named = parts.FindIndex(p => string.Equals(p.ContentId, start, StringComparison.OrdinalIgnoreCase));
        if (named < 0)
        {
            problems.Add(new(EbxmlProblemKind.StartNamesNoPart,
                $"The start parameter names '<{start}>' but the parts' Content-Ids are {string.Join(", ", parts.Select(p => p.ContentId is null ? "(none)" : $"'<{p.ContentId}>'"))}."));
        }
        else if (named > 0)
        {
            problems.Add(new(EbxmlProblemKind.FirstPartNotSoapEnvelope,
                $"The start parameter names part {named + 1}, but the SOAP envelope must be the first part (EIS 2.5.4).") { PartIndex = named + 1 });
        }
    }
}
