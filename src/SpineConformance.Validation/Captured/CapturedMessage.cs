using System.Text;
using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Captured;

/// <summary>
/// One message as a supplier captured it (a Path to Live log, a proxy dump, a file a test wrote), recognised as a
/// synchronous SOAP request, a bare HL7 interaction or an ebXML MIME package, with or without the HTTP request line and
/// headers in front of it. Reading never throws: what cannot be read is <see cref="CapturedMessageKind.Unreadable"/> with
/// the reason in <see cref="Unreadable"/>.
/// </summary>
public sealed class CapturedMessage
{
    /// <summary>The largest message read (16 MiB: four times the simulator's own default request limit).</summary>
    public const long MaxBytes = 16L << 20;

    private CapturedMessage(CapturedMessageKind kind, ReadOnlyMemory<byte> body, string? contentType, string? soapAction, XDocument? xml, string? unreadable, bool hasHttpHead = false)
    {
        HasHttpHead = hasHttpHead;
        Kind = kind;
        Body = body;
        ContentType = contentType;
        SoapAction = soapAction;
        Xml = xml;
        Unreadable = unreadable;
    }

    public CapturedMessageKind Kind { get; }

    /// <summary>The message body, without any HTTP request line and headers that came in front of it.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The <c>Content-Type</c> from the captured HTTP headers, or the one inferred for a MIME package.</summary>
    public string? ContentType { get; }

    /// <summary>Whether the HTTP request line and headers were captured in front of the body (so its HTTP headers can be judged).</summary>
    public bool HasHttpHead { get; }

    /// <summary>The <c>SOAPAction</c> from the captured HTTP headers, when they were captured.</summary>
    public string? SoapAction { get; }

    /// <summary>The parsed XML of a SOAP or bare HL7 message (hardened reader: no DTD, no external entities).</summary>
    public XDocument? Xml { get; }

    /// <summary>Why the message could not be read, in one sentence; <see langword="null"/> when it was.</summary>
    public string? Unreadable { get; }

    /// <summary>Reads a file, refusing one larger than <see cref="MaxBytes"/> before reading it.</summary>
    public static CapturedMessage ReadFile(string path)
    {
        FileInfo file;
        try
        {
            file = new FileInfo(path);
            if (System.IO.Directory.Exists(path))
            {
                return Refused($"{path} is a folder, not a message file");
            }

            if (!file.Exists)
            {
                return Refused($"{path} does not exist");
            }

            if (file.Length > MaxBytes)
            {
                return Refused($"{path} is {file.Length / (1 << 20)} MiB; a Spine message is at most {MaxBytes >> 20} MiB here");
            }

            return Read(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Refused($"{path} could not be read: {e.Message}");
        }
    }

    /// <summary>Recognises and reads a captured message's bytes.</summary>
    public static CapturedMessage Read(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return Refused($"the message is {bytes.Length / (1 << 20)} MiB; a Spine message is at most {MaxBytes >> 20} MiB here");
        }

        var span = bytes.Span;
        if (span.Length == 0 || span.Trim(" \t\r\n"u8).Length == 0)
        {
            return Refused("the file is empty");
        }

        if (span.IndexOf((byte)0) >= 0)
        {
            return Refused("the file is binary (it holds NUL bytes), not a text message");
        }

        string? contentType = null;
        string? soapAction = null;
        var body = bytes;
        var hasHead = HttpHead.TryRead(span, out var head);
        if (hasHead)
        {
            contentType = head.Header("Content-Type");
            soapAction = head.Header("SOAPAction")?.Trim().Trim('"');
            body = bytes[head.Length..];
        }

        var start = body.Span.TrimStart(" \t\r\n"u8);
        if (start.StartsWith("--"u8))
        {
            return new CapturedMessage(CapturedMessageKind.Ebxml, body, contentType ?? InferMultipart(start), soapAction, null, null, hasHead);
        }

        if (contentType is not null && contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return new CapturedMessage(CapturedMessageKind.Ebxml, body, contentType, soapAction, null, null, hasHead);
        }

        if (!IsUtf8(body.Span))
        {
            return Refused("the file is not UTF-8 text (Spine messages are UTF-8 XML or MIME)");
        }

        if (start.Length == 0 || start[0] != (byte)'<')
        {
            var first = Encoding.UTF8.GetString(start[..Math.Min(start.Length, 40)]).Split('\n')[0].TrimEnd('\r');
            return Refused($"it is neither XML nor a MIME package nor an HTTP request (it starts \"{first}\")");
        }

        var loaded = HardenedXml.Load(body.Span, MaxBytes);
        if (loaded.Document?.Root is not { } root)
        {
            return Refused($"the XML is not well formed: {loaded.Error}");
        }

        var kind = root.Name == SpineNamespaces.Soap + "Envelope" ? CapturedMessageKind.SyncSoap
            : root.Name.Namespace == SpineNamespaces.Hl7 ? CapturedMessageKind.BareHl7
            : CapturedMessageKind.Unreadable;
        return kind == CapturedMessageKind.Unreadable
            ? Refused($"the root element is {root.Name.LocalName} in namespace '{root.Name.NamespaceName}': neither a SOAP envelope nor an HL7 V3 interaction")
            : new CapturedMessage(kind, body, contentType, soapAction, loaded.Document, null, hasHead);
    }

    private static CapturedMessage Refused(string reason) => new(CapturedMessageKind.Unreadable, ReadOnlyMemory<byte>.Empty, null, null, null, reason);

    // A package captured without its HTTP headers starts with its first delimiter line: "--" and the boundary.
    private static string InferMultipart(ReadOnlySpan<byte> start)
    {
        var end = start.IndexOfAny((byte)'\r', (byte)'\n');
        var boundary = Encoding.ASCII.GetString(end < 0 ? start[2..] : start[2..end]).Trim();
        return $"multipart/related; boundary=\"{boundary}\"; type=\"text/xml\"; start=\"<ebXMLHeader@spine.nhs.uk>\"";
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
