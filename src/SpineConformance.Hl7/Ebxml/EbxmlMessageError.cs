using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// An ebXML MessageError: a <c>text/xml</c> SOAP message whose header has an <c>eb:ErrorList</c> of one or more
/// <see cref="EbxmlError"/>s beside the MessageHeader. The MHS does not retry a message answered this way.
/// </summary>
public sealed record EbxmlMessageError(EbxmlHeader Header, IReadOnlyList<EbxmlError> Errors)
{
    private static readonly XNamespace Eb = EbxmlNamespaces.Eb;

    /// <summary><c>Error</c> when any error has that severity, otherwise <c>Warning</c> (ebMS <c>highestSeverity</c>).</summary>
    public string HighestSeverity =>
        Errors.Any(e => e.Severity == EbxmlError.ErrorSeverity) || Errors.Count == 0 ? EbxmlError.ErrorSeverity : EbxmlError.WarningSeverity;

    public static EbxmlMessageError For(EbxmlHeader inError, string messageId, string timestamp, params IReadOnlyList<EbxmlError> errors)
    {
        // An ErrorList with no Error is invalid ebMS: building one is a programming mistake, not bad input.
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count, nameof(errors));
        return new(EbxmlSignalHeader.For(inError, EbxmlConstants.MessageErrorAction, messageId, timestamp), errors);
    }

    public XDocument ToDocument() => EbxmlXml.Envelope(
        EbxmlHeaderXml.ToElements(Header).Append(new XElement(Eb + "ErrorList",
            EbxmlHeaderXml.MustUnderstandVersion(),
            new XAttribute(Eb + "highestSeverity", HighestSeverity),
            Errors.Select(e => new XElement(Eb + "Error",
                new XAttribute(Eb + "codeContext", EbxmlConstants.ErrorCodeContext),
                new XAttribute(Eb + "errorCode", e.ErrorCode),
                new XAttribute(Eb + "severity", e.Severity),
                e.Location is null ? null : new XAttribute(Eb + "location", e.Location),
                new XElement(Eb + "Description", new XAttribute(XNamespace.Xml + "lang", "en-GB"), e.Description))))),
        []);

    public EbxmlHttpMessage ToHttp() => new(EbxmlXml.ToBytes(ToDocument()), EbxmlAcknowledgment.ContentType, EbxmlWriter.QuotedSoapAction(Header));

    /// <summary>The error list in an envelope; <see langword="null"/> when the header holds no <c>eb:ErrorList</c>.</summary>
    public static EbxmlMessageError? Read(XDocument envelope)
    {
        var soapHeader = envelope.Root?.Element(SpineNamespaces.Soap + "Header");
        var list = soapHeader?.Element(Eb + "ErrorList");
        return list is null
            ? null
            : new EbxmlMessageError(
                EbxmlHeaderXml.Read(soapHeader),
                list.Elements(Eb + "Error").Select(e => new EbxmlError(
                    e.Attribute(Eb + "errorCode")?.Value ?? string.Empty,
                    e.Attribute(Eb + "severity")?.Value ?? string.Empty,
                    e.Element(Eb + "Description")?.Value.Trim() ?? string.Empty,
                    e.Attribute(Eb + "location")?.Value)).ToList());
    }
}
