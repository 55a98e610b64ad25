using System.Text;
using System.Xml;
using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>The SOAP envelope of ebXML messages and signals, and how XML parts are serialised.</summary>
public static class EbxmlXml
{
    private static readonly XNamespace Soap = SpineNamespaces.Soap;

    /// <summary>An envelope declaring the prefixes Spine's samples use: SOAP, eb, hl7ebxml, xlink.</summary>
    public static XDocument Envelope(IEnumerable<XElement> headerElements, IEnumerable<XElement> bodyElements) =>
        new(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Soap + "Envelope",
                new XAttribute(XNamespace.Xmlns + "SOAP", Soap.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "eb", EbxmlNamespaces.Eb.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "hl7ebxml", EbxmlNamespaces.Hl7Ebxml.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "xlink", EbxmlNamespaces.Xlink.NamespaceName),
                new XElement(Soap + "Header", headerElements),
                new XElement(Soap + "Body", bodyElements)));

    /// <summary>
    /// UTF-8 without a byte-order mark and with CRLF line ends, since an 8bit MIME part may hold no bare LF.
    /// <paramref name="indent"/> is for envelopes we compose; payloads go out unindented so their text is unchanged.
    /// </summary>
    public static byte[] ToBytes(XDocument document, bool indent = true)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = indent,
            NewLineChars = "\r\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            // An answer may quote what was sent; a character XML cannot carry is shown, not thrown on.
            XmlCharacters.Writable(document).Save(writer);
        }

        return stream.ToArray();
    }
}
