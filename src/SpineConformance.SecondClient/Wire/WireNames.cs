using System.Xml.Linq;

namespace SpineConformance.SecondClient.Wire;

/// <summary>The XML namespaces and OIDs the client writes, from the Spine reference notes (TRANSPORT.md §1.2, ACS.md §3).</summary>
internal static class WireNames
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Wsa = "http://schemas.xmlsoap.org/ws/2004/08/addressing";
    public static readonly XNamespace V3 = "urn:hl7-org:v3";
    public static readonly XNamespace Crs = "http://national.carerecords.nhs.uk/schema/crs/";
    public static readonly XNamespace Eb = "http://www.oasis-open.org/committees/ebxml-msg/schema/msg-header-2_0.xsd";
    public static readonly XNamespace Hl7Ebxml = "urn:hl7-org:transport/ebXML/DSTUv1.0";
    public static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";

    public const string AsidOid = "1.2.826.0.1285.0.2.0.107";
    public const string RoleProfileOid = "1.2.826.0.1285.0.2.0.67";
    public const string UserOid = "1.2.826.0.1285.0.2.0.65";
    public const string JobRoleOid = "1.2.826.0.1285.0.2.1.104";
    public const string NhsNumberOid = "2.16.840.1.113883.2.1.4.1";
    public const string InteractionOid = "2.16.840.1.113883.2.1.3.2.4.12";

    /// <summary>The version code the SCR FHIR API sends, and one Set's schema allows (ACS.md §3.3).</summary>
    public const string VersionCode = "V3NPfIT3.0";

    public const string ServicePrefix = "urn:nhs:names:services:";
}
