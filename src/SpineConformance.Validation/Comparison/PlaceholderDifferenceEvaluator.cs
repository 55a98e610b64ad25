using System.Xml;
using Org.XmlUnit.Diff;
using Outcome = Org.XmlUnit.Diff.ComparisonResult;

namespace SpineConformance.Validation.Comparison;

/// <summary>
/// XMLUnit's hook for deciding whether a difference matters, taught the template's placeholders and optional elements.
/// It runs after XMLUnit's default evaluator (which already treats a namespace prefix as similar, not different).
/// </summary>
internal static class PlaceholderDifferenceEvaluator
{
    public static Outcome Evaluate(Org.XmlUnit.Diff.Comparison comparison, Outcome outcome)
    {
        if (outcome == Outcome.EQUAL)
        {
            return outcome;
        }

        return comparison.Type switch
        {
            // Each missing or extra child is reported on its own (CHILD_LOOKUP), and each attribute (ATTR_NAME_LOOKUP);
            // the counts would only repeat them, and would count optional elements the sender rightly left out.
            ComparisonType.CHILD_NODELIST_LENGTH or ComparisonType.ELEMENT_NUM_ATTRIBUTES => Outcome.EQUAL,
            ComparisonType.TEXT_VALUE or ComparisonType.ATTR_VALUE => ValueOutcome(comparison, outcome),
            ComparisonType.CHILD_LOOKUP => LookupOutcome(comparison, outcome),
            ComparisonType.ATTR_NAME_LOOKUP => AttributeLookupOutcome(comparison, outcome),
            _ => outcome,
        };
    }

    private static Outcome ValueOutcome(Org.XmlUnit.Diff.Comparison comparison, Outcome outcome)
    {
        var expected = comparison.ControlDetails.Value as string;
        return Placeholder.Find(expected) is { } placeholder
            ? placeholder.Accepts(comparison.TestDetails.Value as string) ? Outcome.EQUAL : Outcome.DIFFERENT
            : outcome;
    }

    // A template element marked optional may be absent; so may the text of an element whose text is ${xmlunit.ignore}.
    private static Outcome LookupOutcome(Org.XmlUnit.Diff.Comparison comparison, Outcome outcome)
    {
        var expected = comparison.ControlDetails.Target;
        if (expected is null || comparison.TestDetails.Target is not null)
        {
            return outcome;
        }

        if (ExpectedMessageMarkup.IsOptional(expected))
        {
            return Outcome.EQUAL;
        }

        return expected is XmlText or XmlCDataSection && Placeholder.Find(expected.Value)?.IsIgnore == true
            ? Outcome.EQUAL
            : outcome;
    }

    // As in XMLUnit's own placeholders, an attribute whose expected value is ${xmlunit.ignore} may also be absent.
    private static Outcome AttributeLookupOutcome(Org.XmlUnit.Diff.Comparison comparison, Outcome outcome) =>
        comparison.ControlDetails is { Target: XmlElement element, Value: XmlQualifiedName name }
        && comparison.TestDetails.Value is null
        && Placeholder.Find(element.GetAttributeNode(name.Name, name.Namespace)?.Value)?.IsIgnore == true
            ? Outcome.EQUAL
            : outcome;
}
