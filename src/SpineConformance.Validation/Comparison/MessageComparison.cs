using System.Xml.Linq;
using Org.XmlUnit.Builder;
using Org.XmlUnit.Diff;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Comparison;

/// <summary>
/// Compares what a system sent with the expected message for its interaction, using XMLUnit: whitespace, comments and
/// namespace prefixes are ignored (namespace URIs are not), placeholders accept volatile values, scenario variables
/// pin identities, and optional elements may be absent. Never throws for a bad message: that is a difference too.
/// </summary>
public static class MessageComparison
{
    // Prefixes for the XPaths in a report, the ones Spine's documents use; the message's own prefixes do not matter.
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["SOAP-ENV"] = SpineNamespaces.Soap.NamespaceName,
        ["wsa"] = SpineNamespaces.Wsa.NamespaceName,
        ["hl7"] = SpineNamespaces.Hl7.NamespaceName,
        ["crs"] = SpineNamespaces.Crs.NamespaceName,
        ["eb"] = EbxmlNamespaces.Eb.NamespaceName,
        ["hl7ebxml"] = EbxmlNamespaces.Hl7Ebxml.NamespaceName,
    };

    /// <param name="expected">The interaction's expected message (from <see cref="ExpectedMessages.For"/>).</param>
    /// <param name="actual">The bytes as sent: a SOAP envelope, a bare HL7 message, or an ebXML MIME package.</param>
    /// <param name="variables">Scenario values for the template's variables, such as <c>nhsNumber</c>.</param>
    /// <param name="contentType">The HTTP Content-Type, when known; a MIME package is recognised without it.</param>
    public static ComparisonResult Compare(
        ExpectedMessage expected, ReadOnlySpan<byte> actual, IReadOnlyDictionary<string, string> variables, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(variables);
        var message = ActualMessage.Read(actual, contentType);
        var formNames = expected.Forms.Select(f => f.Name).ToList();
        if (message.Error is not null)
        {
            return new ComparisonResult(expected.InteractionId, expected.Forms[0].Name,
                [new MessageDifference("/", "The message could not be read as XML", $"the {expected.InteractionId} message", message.Error)])
            { FormsTried = formNames };
        }

        var results = expected.Forms.Select(form => CompareForm(expected.InteractionId, form, message, variables)).ToList();
        var closest = results.FirstOrDefault(r => !r.HasDifferences) ?? results.MinBy(r => r.Differences.Count)!;
        return closest with { FormsTried = formNames };
    }

    /// <summary>Compares an already-parsed message, as a builder or a test holds it.</summary>
    public static ComparisonResult Compare(ExpectedMessage expected, XDocument actual, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(actual);
        return Compare(expected, SoapEnvelope.ToBytes(actual), variables);
    }

    private static ComparisonResult CompareForm(
        string interactionId, ExpectedForm form, ActualMessage message, IReadOnlyDictionary<string, string> variables)
    {
        // Copies are expanded before variables are replaced, so every copy of a repeated element gets the scenario's values.
        var expanded = WithoutComments(form.Template);
        var actual = WithoutComments(message.For(expanded)!);
        RepeatedElements.Expand(expanded, actual);
        var (template, unresolved, origins) = TemplateVariables.Substitute(expanded, variables);
        var diff = DiffBuilder.Compare(Input.FromDocument(ToDom(template)))
            .WithTest(Input.FromDocument(ToDom(actual)))
            .IgnoreWhitespace()
            .CheckForSimilar()
            .WithNodeMatcher(new DefaultNodeMatcher(ElementSelectors.ByName))
            .WithAttributeFilter(a => a.NamespaceURI != ExpectedMessageMarkup.Namespace.NamespaceName)
            .WithDifferenceEvaluator(DifferenceEvaluators.Chain(DifferenceEvaluators.Default, new DifferenceEvaluator(PlaceholderDifferenceEvaluator.Evaluate)))
            .WithNamespaceContext(Prefixes)
            .Build();
        var differences = unresolved
            .Concat(diff.Differences.Where(d => d.Result == Org.XmlUnit.Diff.ComparisonResult.DIFFERENT).Select(d => DifferenceDescriptions.From(d.Comparison, origins)))
            .ToList();
        return new ComparisonResult(interactionId, form.Name, differences);
    }

    // XMLUnit compares DOM documents. They are built here from the trees the hardened reader already made, node by
    // node through an in-memory reader, so no text is parsed again and nothing outside the message is resolved.
    private static System.Xml.XmlDocument ToDom(XDocument document)
    {
        var dom = new System.Xml.XmlDocument { XmlResolver = null };
        using var reader = document.CreateReader();
        dom.Load(reader);
        return dom;
    }

    private static XDocument WithoutComments(XDocument document)
    {
        var copy = new XDocument(document);
        copy.DescendantNodes().OfType<XComment>().Remove();
        return copy;
    }
}
