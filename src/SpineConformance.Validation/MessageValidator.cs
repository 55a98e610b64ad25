using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Validation;

/// <summary>
/// Runs an interaction's rules in Spine's layer order, then the schema. Never throws for bad input,
/// and fails closed: a rule that crashes is reported as an error finding, never as a pass.
/// </summary>
public sealed class MessageValidator(IReadOnlyList<MessageRule> rules, SchemaValidator? schema)
{
    public const string RuleCrashedId = "VALIDATOR-CRASHED";

    public IReadOnlyList<MessageRule> Rules { get; } = rules;

    public ValidationReport Validate(MessageUnderTest message)
    {
        var findings = new List<Finding>();
        foreach (var rule in Rules)
        {
            try
            {
                findings.AddRange(rule.Check(message).Select(v => ToFinding(rule, v)));
            }
#pragma warning disable CA1031 // Any exception from a rule must become a failure finding: validation fails closed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                findings.Add(new Finding(RuleCrashedId, rule.FaultName, rule.Layer, Severity.Error, "/", $"rule {rule.Id} to complete",
                    ex.GetType().Name, $"The rule {rule.Id} could not check this message ({ex.Message}); treated as a failure."));
            }
        }

        if (schema is not null && message.Message.Interaction is { } interaction)
        {
            try
            {
                findings.AddRange(schema.Validate(interaction));
            }
#pragma warning disable CA1031 // As above: a schema engine failure is a failure finding.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                findings.Add(new Finding(RuleCrashedId, null, ValidationLayer.Schema, Severity.Error, XmlPath.Of(interaction), "schema validation to complete",
                    ex.GetType().Name, $"Schema validation could not run ({ex.Message}); treated as a failure."));
            }
        }

        return new ValidationReport(findings.OrderBy(f => f.Layer).ToList());
    }

    private static Finding ToFinding(MessageRule rule, Violation violation) => new(
        rule.Id,
        rule.FaultName,
        rule.Layer,
        rule.Severity,
        violation.XPath,
        violation.Expected,
        violation.Actual,
        $"{rule.Description}. Expected {violation.Expected}; found {violation.Actual}.{(violation.Detail is null ? string.Empty : " " + violation.Detail)}")
    {
        Line = violation.Node is XObject node ? XmlPath.LineOf(node) : null,
    };
}
