using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Rules;

/// <summary>Element names and the XPaths rules report, so every rule names places the same way.</summary>
internal static class Hl7Paths
{
    public static readonly XNamespace Soap = SpineNamespaces.Soap;
    public static readonly XNamespace Wsa = SpineNamespaces.Wsa;
    public static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public const string Header = "/SOAP-ENV:Envelope/SOAP-ENV:Header";

    public static string Body(MessageUnderTest m) =>
        m.Message.Interaction is { } root ? XmlPath.Of(root) : "/SOAP-ENV:Envelope/SOAP-ENV:Body/*[1]";

    public static string ControlAct(MessageUnderTest m) => Body(m) + "/hl7:ControlActEvent";

    public static string Describe(string? value) => value is null ? "(absent)" : value.Length == 0 ? "(empty)" : $"'{value}'";

    public static string Describe(XElement? element) => element is null ? "(absent)" : Describe(element.Value.Trim());
}
