using System.Xml.Linq;

namespace SpineConformance.Validation.Comparison;

/// <summary>
/// Makes a template hold as many copies of each repeatable element as the message has (at least one, unless it is also
/// optional), so XMLUnit compares every copy the sender sent rather than reporting all but the first as unexpected.
/// </summary>
internal static class RepeatedElements
{
    public static void Expand(XDocument template, XDocument actual)
    {
        foreach (var element in template.Descendants().Where(ExpectedMessageMarkup.IsRepeatable).ToList())
        {
            // Same-named siblings that do not repeat (a batch's first patient) take their share of what was sent first.
            var fixedSiblings = element.Parent?.Elements(element.Name).Count(e => !ExpectedMessageMarkup.IsRepeatable(e)) ?? 0;
            var sent = Counterpart(element.Parent, actual)?.Elements(element.Name).Count() ?? 0;
            var copies = Math.Max(sent - fixedSiblings, 1);
            for (var i = 1; i < copies; i++)
            {
                element.AddAfterSelf(new XElement(element));
            }
        }
    }

    // The element in the message at the same place as the template's: same names, and the same position among same-named siblings.
    private static XElement? Counterpart(XElement? templateElement, XDocument actual)
    {
        if (templateElement is null)
        {
            return null;
        }

        var steps = templateElement.AncestorsAndSelf().Reverse()
            .Select(e => (e.Name, Index: e.Parent is null ? 0 : e.ElementsBeforeSelf(e.Name).Count()))
            .ToList();
        var current = actual.Root;
        if (current is null || current.Name != steps[0].Name)
        {
            return null;
        }

        foreach (var (name, index) in steps.Skip(1))
        {
            current = current.Elements(name).ElementAtOrDefault(index);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }
}
