using System.Text;
using System.Xml;
using System.Xml.Linq;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Soap;

/// <summary>Writes SOAP 1.1 envelopes with the WS-Addressing 2004/08 header Spine expects.</summary>
public static class SoapEnvelope
{
    private static readonly XNamespace Soap = SpineNamespaces.Soap;
    private static readonly XNamespace Wsa = SpineNamespaces.Wsa;
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public static XDocument Request(SoapRequestHeader header, XElement body) =>
        new(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Soap + "Envelope",
                Declarations(),
                new XElement(Soap + "Header",
                    new XElement(Wsa + "MessageID", header.MessageId),
                    new XElement(Wsa + "Action", header.Action),
                    new XElement(Wsa + "To", header.To),
                    new XElement(Wsa + "From", new XElement(Wsa + "Address", header.FromAddress ?? string.Empty)),
                    HeaderDevice("communicationFunctionRcv", header.ReceiverAsid),
                    HeaderDevice("communicationFunctionSnd", header.SenderAsid),
                    new XElement(Wsa + "ReplyTo", new XElement(Wsa + "Address", header.ReplyToAddress ?? string.Empty))),
                new XElement(Soap + "Body", body)));

    public static XDocument Response(SoapResponseHeader header, XElement body) =>
        new(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Soap + "Envelope",
                Declarations(),
                new XAttribute(XNamespace.Xmlns + "crs", SpineNamespaces.Crs.NamespaceName),
                new XElement(Soap + "Header",
                    new XElement(Wsa + "MessageID", header.MessageId),
                    new XElement(Wsa + "Action", header.Action),
                    new XElement(Wsa + "To"),
                    new XElement(Wsa + "From", new XElement(Wsa + "Address", header.FromAddress)),
                    Hl7Elements.CommunicationFunction(V3 + "communicationFunctionRcv", "RCV", header.ReceiverAsid),
                    Hl7Elements.CommunicationFunction(V3 + "communicationFunctionSnd", "SND", header.SenderAsid),
                    new XElement(Wsa + "RelatesTo", header.RelatesTo)),
                new XElement(Soap + "Body", body)));

    /// <summary>
    /// <see cref="Response"/>'s envelope written straight to UTF-8, up to the open <c>SOAP-ENV:Body</c>: what
    /// <see cref="SyncResponseParts.ToAnswer"/> writes the body into before <see cref="WriteResponseEnd"/>.
    /// </summary>
    internal static void WriteResponseStart(Utf8AnswerWriter writer, SoapResponseHeader header)
    {
        writer.Start("SOAP-ENV:", "Envelope")
            .Attribute("xmlns:SOAP-ENV", Soap.NamespaceName)
            .Attribute("xmlns:wsa", Wsa.NamespaceName)
            .Attribute("xmlns:hl7", V3.NamespaceName)
            .Attribute("xmlns", V3.NamespaceName)
            .Attribute("xmlns:crs", SpineNamespaces.Crs.NamespaceName);
        writer.Start("SOAP-ENV:", "Header")
            .Leaf("wsa:", "MessageID", header.MessageId)
            .Leaf("wsa:", "Action", header.Action)
            .Leaf("wsa:", "To", null)
            .Start("wsa:", "From").Leaf("wsa:", "Address", header.FromAddress).End();
        Hl7Elements.CommunicationFunction(writer, "communicationFunctionRcv", "RCV", header.ReceiverAsid);
        Hl7Elements.CommunicationFunction(writer, "communicationFunctionSnd", "SND", header.SenderAsid);
        writer.Leaf("wsa:", "RelatesTo", header.RelatesTo)
            .End()
            .Start("SOAP-ENV:", "Body");
    }

    /// <summary>Closes what <see cref="WriteResponseStart"/> opened.</summary>
    internal static void WriteResponseEnd(Utf8AnswerWriter writer) => writer.End().End();

    // Made once: a writer only reads its settings, and every answer the simulator sends is written with them.
    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), Indent = true, OmitXmlDeclaration = false };

    /// <summary>UTF-8 bytes without a byte-order mark, as Spine sends them.</summary>
    public static byte[] ToBytes(XDocument document)
    {
        // The writer checks the characters as it writes, so the usual answer is written in one pass, and only an answer
        // it refused, or whose bytes are not UTF-8 (a lone surrogate at the end of a text, which its check lets through
        // and writes as it is), is looked at again.
        byte[]? written;
        try
        {
            written = Write(document);
        }
        catch (ArgumentException)
        {
            written = null;
        }

        if (written is not null && System.Text.Unicode.Utf8.IsValid(written))
        {
            return written;
        }

        // An answer may quote what was sent; a character XML cannot carry is shown, not thrown on.
        var writable = XmlCharacters.Writable(document);
        return written is not null && ReferenceEquals(writable, document) ? written : Write(writable);
    }

    private static byte[] Write(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            document.Save(writer);
        }

        // The writer keeps a usual answer (a Get's is under 5 KB) in its own buffer and hands it over in one write, which
        // leaves the stream exactly full: its array is then the answer, with no copy.
        return stream.Length == stream.Capacity ? stream.GetBuffer() : stream.ToArray();
    }

    private static object[] Declarations() =>
    [
        new XAttribute(XNamespace.Xmlns + "SOAP-ENV", Soap.NamespaceName),
        new XAttribute(XNamespace.Xmlns + "wsa", Wsa.NamespaceName),
        new XAttribute(XNamespace.Xmlns + "hl7", V3.NamespaceName),
        new XAttribute("xmlns", V3.NamespaceName),
    ];

    // In requests the header devices carry only their id, under the hl7 prefix, as the MHS and SpineTools send them.
    private static XElement HeaderDevice(string name, string asid) =>
        new(V3 + name,
            new XElement(V3 + "device",
                Hl7Elements.Id("id", Identifiers.Asid.Oid, asid)));
}
