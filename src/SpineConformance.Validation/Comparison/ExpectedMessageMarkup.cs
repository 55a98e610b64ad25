using System.Xml.Linq;

namespace SpineConformance.Validation.Comparison;

/// <summary>
/// The little vocabulary a template may use beyond plain XML, kept in its own namespace so it can never be mistaken for
/// part of a Spine message. Declare it as <c>xmlns:expect="urn:spineconformance:expected-message"</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>expect:optional="true"</c> on an element: a sender may leave it out; when present, it is compared as usual.
/// Use it where the specifications make an element optional (LR.md, ACS.md), never to hide a difference.</item>
/// <item><c>expect:repeatable="true"</c> on an element: a sender may send it more than once (each copy is compared with
/// it, so its placeholders say what varies); with <c>expect:optional</c> too, any number including none.</item>
/// <item>An attribute whose value is <c>${xmlunit.ignore}</c> may be absent, as with XMLUnit's own placeholders.</item>
/// <item>More than one form of a message: a file <c>ID.xml</c> and files <c>ID.form-name.xml</c> are all forms of
/// interaction <c>ID</c>, and a message matches when it matches any one of them (for choices the schema allows, such as
/// an LR subject that is a person or a workgroup).</item>
/// </list>
/// </remarks>
public static class ExpectedMessageMarkup
{
    public static readonly XNamespace Namespace = "urn:spineconformance:expected-message";

    public static readonly XName Optional = Namespace + "optional";

    public static readonly XName Repeatable = Namespace + "repeatable";

    public static bool IsRepeatable(XElement element) => (string?)element.Attribute(Repeatable) is { } value && value.Equals("true", StringComparison.OrdinalIgnoreCase);

    public static bool IsOptional(System.Xml.XmlNode? node) =>
        node is System.Xml.XmlElement element
        && element.GetAttribute(Optional.LocalName, Namespace.NamespaceName) is { } value
        && value.Equals("true", StringComparison.OrdinalIgnoreCase);
}
