using System.Xml.Linq;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>The XML namespaces of Spine's ebXML (ebMS 2.0) messages, beside SOAP 1.1 (<see cref="Xml.SpineNamespaces.Soap"/>).</summary>
public static class EbxmlNamespaces
{
    public static readonly XNamespace Eb = "http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd";

    public static readonly XNamespace Hl7Ebxml = "urn:hl7-org:transport/ebXML/DSTUv1.0";

    /// <summary>SpineTools spells the HL7 ebXML namespace in lower case; readers accept it, writers never emit it.</summary>
    public static readonly XNamespace Hl7EbxmlLowerCase = "urn:hl7-org:transport/ebxml/DSTUv1.0";

    public static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";

    public static bool IsHl7Ebxml(XNamespace ns) => ns == Hl7Ebxml || ns == Hl7EbxmlLowerCase;
}
