using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// Text that came from outside (a reader's error message quoting the byte it choked on, a header, a MIME line) can hold
/// characters XML 1.0 cannot carry, and an answer quoting it could then not be written at all. Before a document is
/// written each such character becomes a visible <c>[U+0001]</c>, so the answer still says what was sent.
/// </summary>
public static class XmlCharacters
{
    /// <summary><paramref name="document"/> itself when every character can be written (the usual case), otherwise a copy in which each that cannot is shown as <c>[U+XXXX]</c>.</summary>
    public static XDocument Writable(XDocument document)
    {
        if (AllWritable(document))
        {
            return document;
        }

        var copy = new XDocument(document);
        foreach (var text in copy.DescendantNodes().OfType<XText>().Where(t => !IsWritable(t.Value)))
        {
            text.Value = Printable(text.Value);
        }

        foreach (var comment in copy.DescendantNodes().OfType<XComment>().Where(c => !IsWritable(c.Value)))
        {
            comment.Value = Printable(comment.Value);
        }

        foreach (var attribute in copy.Descendants().SelectMany(e => e.Attributes()).Where(a => !IsWritable(a.Value)))
        {
            attribute.Value = Printable(attribute.Value);
        }

        return copy;
    }

    // One walk of the nodes and their attributes: every answer the simulator sends passes through here.
    private static bool AllWritable(XDocument document)
    {
        foreach (var node in document.DescendantNodes())
        {
            if (NeedsFixing(node))
            {
                return false;
            }

            if (node is XElement element)
            {
                for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
                {
                    if (!IsWritable(attribute.Value))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary><paramref name="text"/> with every character XML 1.0 cannot carry (controls, lone surrogates, U+FFFE, U+FFFF) shown as <c>[U+XXXX]</c>.</summary>
    public static string Printable(string text)
    {
        if (IsWritable(text))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                shown.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                shown.Append(text[i]);
            }
            else
            {
                shown.Append(System.Globalization.CultureInfo.InvariantCulture, $"[U+{(int)text[i]:X4}]");
            }
        }

        return shown.ToString();
    }

    private static bool NeedsFixing(XNode node) => node switch
    {
        XText text => !IsWritable(text.Value),
        XComment comment => !IsWritable(comment.Value),
        _ => false,
    };

    private static bool IsWritable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }
}
