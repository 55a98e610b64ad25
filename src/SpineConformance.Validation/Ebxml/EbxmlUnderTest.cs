using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// An ebXML message as read, and the pattern its interaction is contracted to use. The element accessors follow
/// Spine's Schematron context (<c>SOAP:Envelope[1]/SOAP:Header[1]</c>): when that node is missing, the rules under it
/// do not fire, and the SOAP structure rule reports the gap once.
/// </summary>
public sealed record EbxmlUnderTest(EbxmlReadResult Read, EbxmlPattern Pattern)
{
    public XElement? Envelope => Read.Envelope?.Root is { } root && root.Name == SpineNamespaces.Soap + "Envelope" ? root : null;

    public XElement? SoapHeader => Envelope?.Element(SpineNamespaces.Soap + "Header");

    public XElement? SoapBody => Envelope?.Element(SpineNamespaces.Soap + "Body");

    public XElement? MessageHeader => SoapHeader?.Element(EbxmlNamespaces.Eb + "MessageHeader");

    public EbxmlPatternFlags Flags => Pattern.RequiredFlags();
}
