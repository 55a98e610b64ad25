using System.Buffers;
using System.Text;
using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// Writes an answer straight to UTF-8, byte for byte as <see cref="System.Xml.XmlWriter"/> writes the same tree with the
/// simulator's settings (UTF-8 without a byte-order mark, the declaration, two-space indentation, "\n" line ends), without
/// an <see cref="XDocument"/> or an <see cref="System.Xml.XmlWriter"/> on the way. It knows only what answers are made of:
/// elements holding either elements or one text, attributes without a namespace, and the four namespaces of a Spine
/// envelope under their fixed prefixes. Anything else (a character that is not plain printable text, a namespace it does
/// not know, mixed content) throws <see cref="UnwritableAnswerException"/>, and the caller writes that answer the slow,
/// general way instead, so the bytes never depend on which way an answer was written.
/// </summary>
public sealed class Utf8AnswerWriter : IDisposable
{
    private const int Indentation = 2;

    // Where the envelope declares them (SoapEnvelope.Response): HL7 is the default namespace there.
    private static readonly Dictionary<XNamespace, string> Prefixes = new()
    {
        [SpineNamespaces.Hl7] = string.Empty,
        [SpineNamespaces.Crs] = "crs:",
        [SpineNamespaces.Soap] = "SOAP-ENV:",
        [SpineNamespaces.Wsa] = "wsa:",
    };

    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8;

    // Sized for an answer's depth (a Spine answer nests about 15 deep), so it does not grow as the answer is written.
    private readonly List<(string Prefix, string Name, bool HasElements)> open = new(24);
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(8192);
    private int length;
    private bool startTagOpen;

    public Utf8AnswerWriter() => Append(Declaration);

    /// <summary>Opens an element; <paramref name="prefix"/> is written as given ("wsa:", or empty for HL7's default namespace).</summary>
    public Utf8AnswerWriter Start(string prefix, string name)
    {
        CloseStartTag();
        if (open.Count > 0)
        {
            var parent = open[^1];
            open[^1] = parent with { HasElements = true };
        }

        NewLine(open.Count);
        Append((byte)'<');
        AppendName(prefix, name);
        open.Add((prefix, name, false));
        startTagOpen = true;
        return this;
    }

    public Utf8AnswerWriter Attribute(string name, string value)
    {
        if (!startTagOpen)
        {
            throw new InvalidOperationException($"The attribute {name} comes after its element's content.");
        }

        Append((byte)' ');
        AppendName(name);
        Append("=\""u8);
        AppendEscaped(value, inAttribute: true);
        Append((byte)'"');
        return this;
    }

    /// <summary>The element's text; an empty text still gives the element an end tag (<c>&lt;a&gt;&lt;/a&gt;</c>), as <see cref="XElement"/> does.</summary>
    public Utf8AnswerWriter Text(string value)
    {
        if (open.Count == 0 || open[^1].HasElements)
        {
            throw new UnwritableAnswerException("text beside elements");
        }

        CloseStartTag();
        AppendEscaped(value, inAttribute: false);
        return this;
    }

    public Utf8AnswerWriter End()
    {
        var (prefix, name, hasElements) = open[^1];
        open.RemoveAt(open.Count - 1);
        if (startTagOpen)
        {
            Append(" />"u8);
            startTagOpen = false;
            return this;
        }

        if (hasElements)
        {
            NewLine(open.Count);
        }

        Append("</"u8);
        AppendName(prefix, name);
        Append((byte)'>');
        return this;
    }

    /// <summary>An element with one text, or empty when <paramref name="text"/> is null.</summary>
    public Utf8AnswerWriter Leaf(string prefix, string name, string? text)
    {
        Start(prefix, name);
        if (text is not null)
        {
            Text(text);
        }

        return End();
    }

    /// <summary>An element built as <see cref="XElement"/> (a payload, a control act), written as the general writer would.</summary>
    public Utf8AnswerWriter Element(XElement element)
    {
        Start(PrefixOf(element.Name.Namespace), element.Name.LocalName);
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.Namespace != XNamespace.None)
            {
                throw new UnwritableAnswerException($"the attribute {attribute.Name}");
            }

            Attribute(attribute.Name.LocalName, attribute.Value);
        }

        var hasText = false;
        // FirstNode and NextNode, not Nodes(): the same nodes in the same order, without an enumerator for every element.
        for (var node = element.FirstNode; node is not null; node = node.NextNode)
        {
            switch (node)
            {
                case XElement child when !hasText:
                    Element(child);
                    break;
                case XText text when text.NodeType == System.Xml.XmlNodeType.Text && !open[^1].HasElements:
                    Text(text.Value);
                    hasText = true;
                    break;
                default:
                    throw new UnwritableAnswerException($"a {node.NodeType} in {element.Name.LocalName}");
            }
        }

        if (!element.IsEmpty && !hasText && !open[^1].HasElements)
        {
            // Content set to the empty string: no node, yet an end tag.
            Text(string.Empty);
        }

        return End();
    }

    /// <summary>The answer's bytes, exactly as long as the answer (the journal keeps them).</summary>
    public byte[] ToArray()
    {
        if (open.Count > 0)
        {
            throw new InvalidOperationException($"The element {open[^1].Name} is still open.");
        }

        return buffer.AsSpan(0, length).ToArray();
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private static string PrefixOf(XNamespace ns) =>
        Prefixes.TryGetValue(ns, out var prefix) ? prefix : throw new UnwritableAnswerException($"the namespace {ns.NamespaceName}");

    private void CloseStartTag()
    {
        if (startTagOpen)
        {
            Append((byte)'>');
            startTagOpen = false;
        }
    }

    private void NewLine(int depth)
    {
        Reserve(1 + (depth * Indentation));
        buffer[length++] = (byte)'\n';
        buffer.AsSpan(length, depth * Indentation).Fill((byte)' ');
        length += depth * Indentation;
    }

    private void AppendName(string prefix, string name)
    {
        AppendName(prefix);
        AppendName(name);
    }

    // Names are XML names, already checked by XName; they need no escaping.
    private void AppendName(string text) => AppendUtf8(text);

    // What XmlWriter escapes: & < > in text, and " too in an attribute. Control characters (tab and line ends included,
    // which it would rewrite), surrogates and the non-characters U+FFFE/U+FFFF are left to the general writer.
    private void AppendEscaped(string text, bool inAttribute)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            ReadOnlySpan<byte> entity;
            switch (c)
            {
                case '&':
                    entity = "&amp;"u8;
                    break;
                case '<':
                    entity = "&lt;"u8;
                    break;
                case '>':
                    entity = "&gt;"u8;
                    break;
                case '"' when inAttribute:
                    entity = "&quot;"u8;
                    break;
                case < ' ' or (>= '\uD800' and <= '\uDFFF') or '\uFFFE' or '\uFFFF':
                    throw new UnwritableAnswerException("a character the general writer would rewrite or refuse");
                default:
                    continue;
            }

            AppendUtf8(text.AsSpan(start, i - start));
            Append(entity);
            start = i + 1;
        }

        AppendUtf8(text.AsSpan(start));
    }

    private void AppendUtf8(ReadOnlySpan<char> text)
    {
        // Names and most values are short and ASCII, where the encoder's set-up costs more than the copy.
        Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));
        var target = buffer.AsSpan(length);
        var i = 0;
        for (; i < text.Length && text[i] < 0x80; i++)
        {
            target[i] = (byte)text[i];
        }

        length += i < text.Length ? i + Encoding.UTF8.GetBytes(text[i..], target[i..]) : i;
    }

    private void Append(byte value)
    {
        Reserve(1);
        buffer[length++] = value;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    private void Reserve(int count)
    {
        if (length + count <= buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + count));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
