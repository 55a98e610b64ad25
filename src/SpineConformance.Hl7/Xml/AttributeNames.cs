using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// The unqualified attribute names HL7 identifiers and codes carry, made once. <c>Attribute("root")</c> looks the name up
/// in XLinq's name table on every call, and every rule and reader asks for these several times per request.
/// </summary>
public static class AttributeNames
{
    public static readonly XName Root = "root";

    public static readonly XName Extension = "extension";

    public static readonly XName Code = "code";

    public static readonly XName CodeSystem = "codeSystem";

    public static readonly XName DisplayName = "displayName";

    public static readonly XName Value = "value";
}
