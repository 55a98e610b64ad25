using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Soap;

/// <summary>
/// A Spine SOAP fault (sent with HTTP 500): <c>faultcode</c>, <c>faultstring</c> and a
/// <c>detail/nasp:errorList</c> of one or more <see cref="SpineError"/>s.
/// </summary>
public sealed record SoapFault(string FaultCode, string FaultString, IReadOnlyList<SpineError> Errors)
{
    public const string ClientFaultCode = "SOAP-ENV:Client";

    public const string ServerFaultCode = "SOAP-ENV:Server";

    public static SoapFault UnsupportedInteraction(string soapAction) => new(
        ClientFaultCode,
        "The service/interaction is not supported for the requested URI",
        [SpineError.UnsupportedInteraction(soapAction)]);

    public static SoapFault MissingSoapAction(string? wsaAction) => new(
        ClientFaultCode,
        "The service/interaction is not supported for the requested URI",
        [SpineError.MissingSoapAction(wsaAction)]);

    public static SoapFault NotWellFormed(string detail, string location = "Message") => new(
        ClientFaultCode, "The message is not well formed", [SpineError.NotWellFormed(detail, location)]);

    public XDocument ToDocument()
    {
        XNamespace soap = SpineNamespaces.Soap;
        XNamespace nasp = SpineNamespaces.Nasp;
        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(soap + "Envelope",
                new XAttribute(XNamespace.Xmlns + "SOAP-ENV", soap.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "nasp", nasp.NamespaceName),
                new XElement(soap + "Body",
                    new XElement(soap + "Fault",
                        new XElement("faultcode", FaultCode),
                        new XElement("faultstring", FaultString),
                        new XElement("detail",
                            new XElement(nasp + "errorList",
                                Errors.Select(e => new XElement(nasp + "error",
                                    new XElement(nasp + "codeContext", e.CodeContext),
                                    new XElement(nasp + "errorCode", e.ErrorCode),
                                    new XElement(nasp + "severity", e.Severity),
                                    new XElement(nasp + "location", e.Location),
                                    new XElement(nasp + "description", e.Description)))))))));
    }

    /// <summary>Reads a fault from a SOAP envelope; <see langword="null"/> when the body holds no fault.</summary>
    public static SoapFault? Read(XDocument document)
    {
        var fault = document.Root?.Element(SpineNamespaces.Soap + "Body")?.Element(SpineNamespaces.Soap + "Fault");
        if (fault is null)
        {
            return null;
        }

        var errors = fault.Descendants(SpineNamespaces.Nasp + "error")
            .Select(e => new SpineError(
                Text(e, "codeContext"), Text(e, "errorCode"), Text(e, "severity"), Text(e, "location"), Text(e, "description")))
            .ToList();
        return new SoapFault(
            fault.Element("faultcode")?.Value.Trim() ?? string.Empty,
            fault.Element("faultstring")?.Value.Trim() ?? string.Empty,
            errors);
    }

    private static string Text(XElement error, string name) =>
        error.Element(SpineNamespaces.Nasp + name)?.Value.Trim() ?? string.Empty;
}
