using System.Text;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Simulator.WebConsole;

/// <summary>A message as the console shows it: the text, how it was laid out, and why it is raw when it is.</summary>
/// <param name="Format"><c>xml</c> (indented), <c>mime</c> (parts with indented XML), <c>raw</c> (as received) or <c>empty</c>.</param>
public sealed record MessageText(string Text, string Format, string? Note);

/// <summary>Lays out a body for reading: XML indented, a multipart body part by part; anything else exactly as received.</summary>
internal sealed class MessageLayout
{
    private MessageLayout(MessageText text, IReadOnlyList<PrettyXml> xmlParts)
    {
        Text = text;
        XmlParts = xmlParts;
    }

    public MessageText Text { get; }

    /// <summary>The XML documents in the text, in order (one for SOAP, the ebXML header and payload for MIME).</summary>
    public IReadOnlyList<PrettyXml> XmlParts { get; }

    public static MessageLayout Of(byte[] body, string? contentType)
    {
        if (body.Length == 0)
        {
            return new(new MessageText(string.Empty, "empty", "The body is empty."), []);
        }

        var boundary = MimeContentType.Parse(contentType).Parameter("boundary") ?? SniffedBoundary(body);
        if (boundary is not null && AsMime(body, boundary) is { } mime)
        {
            return mime;
        }

        var loaded = HardenedXml.Load(body);
        if (loaded.Document is not null && PrettyXml.From(loaded.Document) is { } pretty)
        {
            return new(new MessageText(pretty.Text, "xml", null), [pretty]);
        }

        return new(new MessageText(Encoding.UTF8.GetString(body), "raw", loaded.Error is null ? null : $"Shown as received: {loaded.Error}"), []);
    }

    // A journaled reply keeps no Content-Type, but a multipart body opens with its delimiter line.
    private static string? SniffedBoundary(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 200));
        if (!head.StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }

        var end = head.IndexOfAny(['\r', '\n']);
        return end > 2 ? head[2..end].TrimEnd() : null;
    }

    private static MessageLayout? AsMime(byte[] body, string boundary)
    {
        var read = MimeMultipartReader.Read($"multipart/related; boundary=\"{boundary}\"", body);
        if (read.Parts.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        var xmlParts = new List<PrettyXml>();
        var line = 1;
        void Append(string value)
        {
            text.Append(value).Append('\n');
            line += value.Count(c => c == '\n') + 1;
        }

        foreach (var part in read.Parts)
        {
            Append("--" + boundary);
            foreach (var header in part.Headers)
            {
                Append($"{header.Key}: {header.Value}");
            }

            Append(string.Empty);
            var loaded = MimeContentType.Parse(part.ContentType).IsXml || part.Content.Span.IndexOf((byte)'<') is >= 0 and < 10
                ? HardenedXml.Load(part.Content.Span)
                : null;
            if (loaded?.Document is not null && PrettyXml.From(loaded.Document, line) is { } pretty)
            {
                xmlParts.Add(pretty);
                Append(pretty.Text);
            }
            else
            {
                Append(Encoding.UTF8.GetString(part.Content.Span).TrimEnd('\r', '\n').ReplaceLineEndings("\n"));
            }
        }

        text.Append("--").Append(boundary).Append("--");
        var problems = read.Problems.Count == 0 ? null : "MIME problems: " + string.Join(" ", read.Problems.Select(p => p.Message));
        return new(new MessageText(text.ToString(), "mime", problems), xmlParts);
    }
}
