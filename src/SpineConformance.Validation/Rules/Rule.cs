using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Rules;

/// <summary>
/// One named Spine rule over a message of type <typeparamref name="TMessage"/> (an HL7 message, an ebXML message, an HTTP
/// request): its id (stable, used in reports and requirement catalogues), the Spine fault name it raises, its layer, a
/// sentence saying what it requires, and a check that lists the violations. <see cref="RuleSet{TMessage}"/> runs them.
/// </summary>
public abstract record Rule<TMessage>(
    string Id,
    string? FaultName,
    ValidationLayer Layer,
    string Description,
    Func<TMessage, IEnumerable<Violation>> Check)
{
    /// <summary>How much a breach matters. The default value is <see cref="Severity.Error"/>.</summary>
    public Severity Severity { get; init; } = Severity.Error;

    /// <summary>Where the rule comes from, e.g. "ACS.md §3.2 [C]". The default value is empty.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>The finding a violation of this rule is reported as.</summary>
    public Finding FindingFor(Violation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return new Finding(Id, FaultName, Layer, Severity, violation.XPath, violation.Expected, violation.Actual,
            violation.Message ?? $"{Description}. Expected {violation.Expected}; found {violation.Actual}.{(violation.Detail is null ? string.Empty : " " + violation.Detail)}")
        {
            Line = violation.Node is XObject node ? XmlPath.LineOf(node) : violation.Line,
        };
    }
}
