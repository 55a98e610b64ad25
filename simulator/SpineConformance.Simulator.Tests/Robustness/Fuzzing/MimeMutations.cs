using System.Text;
using SpineConformance.Hl7.Ebxml;

namespace SpineConformance.Simulator.Tests.Robustness.Fuzzing;

/// <summary>Mutations of an ebXML message's MIME packaging: parts, their headers, the boundary and <c>start</c>. A synchronous request is left as it is.</summary>
internal static class MimeMutations
{
    private static readonly string[] PartHeaders = [MimePart.ContentIdHeader, MimePart.ContentTypeHeader, MimePart.TransferEncodingHeader];

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("remove a part", (r, q) => Parts(r, q, (parts, random) => parts.RemoveAt(random.Next(parts.Count)))),
        new("duplicate a part", (r, q) => Parts(r, q, (parts, random) => parts.Insert(random.Next(parts.Count + 1), parts[random.Next(parts.Count)]))),
        new("swap two parts", (r, q) => Parts(r, q, Swap)),
        new("change a part header", (r, q) => Parts(r, q, ChangeHeader)),
        new("add a junk part", (r, q) => Parts(r, q, (parts, random) => parts.Add(MimePart.Create("junk@example", Mutations.Pick(random, ["text/xml", "application/octet-stream", "text/plain; charset=utf-16"]),
            Mutations.Pick(random, ["8bit", "base64", "quoted-printable"]), Encoding.UTF8.GetBytes(Mutations.AnyHostile(random)))))),
        new("change the boundary parameter", (r, q) => q with { ContentType = Parameter(q.ContentType, "boundary", Mutations.Pick(r, ["", "x", "--=_MIME-Boundary-", "\"unterminated"])) }),
        new("change the start parameter", (r, q) => q with { ContentType = Parameter(q.ContentType, "start", Mutations.Pick(r, ["", "<>", "<nothing@example>", "ebXMLHeader@spine.nhs.uk"])) }),
        new("break a delimiter line", BreakDelimiter),
    ];

    private static BadRequest Parts(Random random, BadRequest request, Action<List<MimePart>, Random> change)
    {
        var type = MimeContentType.Parse(request.ContentType);
        if (!type.Is(MimeContentType.MultipartRelated) || type.Parameter("boundary") is not { Length: > 0 } boundary)
        {
            return request;
        }

        var mime = MimeMultipartReader.Read(request.ContentType, request.Body);
        var parts = mime.Parts.ToList();
        if (parts.Count == 0)
        {
            return request;
        }

        change(parts, random);
        return request with { Body = MimeMultipartWriter.Write(parts, mime.Start ?? EbxmlConstants.EnvelopeContentId, boundary).Body };
    }

    private static void Swap(List<MimePart> parts, Random random)
    {
        var (a, b) = (random.Next(parts.Count), random.Next(parts.Count));
        (parts[a], parts[b]) = (parts[b], parts[a]);
    }

    private static void ChangeHeader(List<MimePart> parts, Random random)
    {
        var index = random.Next(parts.Count);
        var name = Mutations.Pick(random, PartHeaders);
        var value = Mutations.Pick(random, ["", "<>", "text/html", "text/xml; charset=ISO-8859-1", "base64", "7bit", "x-unknown", "<other@example>", "multipart/related"]);
        parts[index] = parts[index] with { Headers = [.. parts[index].Headers.Where(h => !h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)), new(name, value)] };
    }

    private static string? Parameter(string? contentType, string name, string value)
    {
        if (contentType is null)
        {
            return null;
        }

        var segments = contentType.Split(';').Select(s => s.Trim()).Where(s => !s.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase));
        return string.Join("; ", segments.Append($"{name}=\"{value}\""));
    }

    private static BadRequest BreakDelimiter(Random random, BadRequest request)
    {
        var text = Encoding.Latin1.GetString(request.Body);
        var delimiter = "--" + (MimeContentType.Parse(request.ContentType).Parameter("boundary") ?? EbxmlConstants.Boundary);
        var at = text.IndexOf(delimiter, random.Next(Math.Max(1, text.Length / 2)), StringComparison.Ordinal);
        return at < 0
            ? request
            : request with { Body = Encoding.Latin1.GetBytes(text[..at] + Mutations.Pick(random, ["-", "--x", " ", "\r\n"]) + text[(at + 1)..]) };
    }
}
