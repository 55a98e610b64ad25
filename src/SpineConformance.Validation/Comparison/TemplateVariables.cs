using System.Text.RegularExpressions;
using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Comparison;

/// <summary>
/// Scenario variables in a template, <c>${nhsNumber}</c> and the like (a name without a dot; placeholders have one). They
/// are replaced before comparing, so the comparison is sharp on identities: the patient, the user, the systems.
/// </summary>
public static partial class TemplateVariables
{
    /// <summary>
    /// The variables the suite supplies for every interaction; templates use these and no others. <c>partyKey</c> and
    /// <c>spinePartyKey</c> are the MHS party keys of the system and of Spine, used only by the ebXML envelopes.
    /// </summary>
    public static IReadOnlyList<string> Standard { get; } =
        ["nhsNumber", "systemAsid", "spineAsid", "userId", "roleProfileId", "jobRole", "partyKey", "spinePartyKey"];

    /// <summary>Every variable name used in the document's text and attribute values.</summary>
    public static IReadOnlySet<string> UsedIn(XDocument template) =>
        Values(template).SelectMany(v => Reference().Matches(v.Value).Select(m => m.Groups["name"].Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A copy of the template with each variable replaced by its value; every use of a variable with no value is listed
    /// as a difference, since the comparison cannot be sharp about it. <c>Origins</c> keeps each replaced value's template
    /// text (such as <c>${nhsNumber}</c>) by <see cref="TemplateNodeKey"/>, for the report.
    /// </summary>
    public static (XDocument Document, IReadOnlyList<MessageDifference> Unresolved, IReadOnlyDictionary<string, string> Origins) Substitute(
        XDocument template, IReadOnlyDictionary<string, string> variables)
    {
        var copy = new XDocument(template);
        var unresolved = new List<MessageDifference>();
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (node, value) in Values(copy).ToList())
        {
            var replaced = Reference().Replace(value, match =>
            {
                var name = match.Groups["name"].Value;
                if (variables.TryGetValue(name, out var given))
                {
                    return given;
                }

                unresolved.Add(new MessageDifference(PathOf(node), $"The template uses ${{{name}}}, but no value was given for it",
                    $"a value for {name}", MessageDifference.Absent));
                return match.Value;
            });
            if (replaced != value && TemplateNodeKey.Of(node) is { } key)
            {
                origins[key] = value.Trim();
            }

            Set(node, replaced);
        }

        return (copy, unresolved, origins);
    }

    private static IEnumerable<(XObject Node, string Value)> Values(XDocument document) =>
        document.Descendants().SelectMany(e =>
            e.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => ((XObject)a, a.Value))
                .Concat(e.Nodes().OfType<XText>().Select(t => ((XObject)t, t.Value))));

    private static void Set(XObject node, string value)
    {
        switch (node)
        {
            case XAttribute attribute:
                attribute.Value = value;
                break;
            case XText text:
                text.Value = value;
                break;
        }
    }

    private static string PathOf(XObject node) => node switch
    {
        XAttribute attribute => XmlPath.Of(attribute),
        XText { Parent: { } parent } => XmlPath.Of(parent) + "/text()",
        _ => "/",
    };

    [GeneratedRegex(@"\$\{(?<name>[A-Za-z][A-Za-z0-9_]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
