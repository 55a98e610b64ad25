using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>The XML namespaces of Spine's synchronous messages.</summary>
public static class SpineNamespaces
{
    /// <summary>SOAP 1.1 envelope.</summary>
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";

    /// <summary>WS-Addressing, the 2004/08 member submission that every Spine validator declares (not W3C 2005/08).</summary>
    public static readonly XNamespace Wsa = "http://schemas.xmlsoap.org/ws/2004/08/addressing";

    public static readonly XNamespace Hl7 = "urn:hl7-org:v3";

    /// <summary>The ACS payload namespace.</summary>
    public static readonly XNamespace Crs = "http://national.carerecords.nhs.uk/schema/crs/";

    /// <summary>The namespace of <c>nasp:errorList</c> in SOAP fault details (not the same as <see cref="Crs"/>).</summary>
    public static readonly XNamespace Nasp = "http://national.carerecords.nhs.uk/schema/";
}
