using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// The XPaths of one element's children, the same strings <see cref="XmlPath.Of(XElement)"/> gives, for parents with many
/// children: one pass numbers them all, so naming each of n children costs O(1) instead of a walk over its siblings (which
/// made a 10 000-patient batch quadratic). Nothing is computed until the first path is asked for, as most never are.
/// </summary>
public sealed class ChildPaths(XElement parent)
{
    private string? parentPath;
    private Dictionary<XElement, (int Position, int Count)>? steps;

    public XElement Parent { get; } = parent;

    /// <summary>The absolute XPath of <paramref name="child"/>, which must be a child of <see cref="Parent"/>.</summary>
    public string Of(XElement child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Parent != Parent)
        {
            throw new ArgumentException("The element is not a child of this parent.", nameof(child));
        }

        parentPath ??= XmlPath.Of(Parent);
        steps ??= Number(Parent);
        var (position, count) = steps[child];
        return $"{parentPath}/{XmlPath.Step(child.Name, position, count)}";
    }

    private static Dictionary<XElement, (int Position, int Count)> Number(XElement parent)
    {
        var counts = new Dictionary<XName, int>();
        foreach (var element in parent.Elements())
        {
            counts[element.Name] = counts.GetValueOrDefault(element.Name) + 1;
        }

        var seen = new Dictionary<XName, int>();
        var numbered = new Dictionary<XElement, (int Position, int Count)>(ReferenceEqualityComparer.Instance);
        foreach (var element in parent.Elements())
        {
            var position = seen[element.Name] = seen.GetValueOrDefault(element.Name) + 1;
            numbered[element] = (position, counts[element.Name]);
        }

        return numbered;
    }
}
