using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Ebxml;

/// <summary>Names and the XPaths ebXML rules report, with the prefixes of Spine's ebXML samples (SOAP, eb, xlink).</summary>
internal static class EbxmlPaths
{
    public static readonly XNamespace Soap = SpineNamespaces.Soap;
    public static readonly XNamespace Eb = EbxmlNamespaces.Eb;
    public static readonly XNamespace Xlink = EbxmlNamespaces.Xlink;

    public const string Envelope = "/SOAP:Envelope";
    public const string Header = Envelope + "/SOAP:Header";
    public const string Body = Envelope + "/SOAP:Body";
    public const string MessageHeader = Header + "/eb:MessageHeader";
    public const string Manifest = Body + "/eb:Manifest";

    public static string Describe(string? value) => value is null ? "(absent)" : value.Length == 0 ? "(empty)" : $"'{value}'";

    public static string Count(int count, string name) => count == 0 ? "(absent)" : $"{count} {name} elements";
}
