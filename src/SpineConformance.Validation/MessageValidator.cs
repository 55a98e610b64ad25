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
    public const string RuleCrashedId = RuleSet<MessageUnderTest>.RuleCrashedId;

    private readonly RuleSet<MessageUnderTest> ruleSet = new(rules);

    public IReadOnlyList<MessageRule> Rules { get; } = rules;

    public ValidationReport Validate(MessageUnderTest message)
    {
        var findings = ruleSet.Check(message);
        if (schema is not null && message.Message.Interaction is { } interaction)
        {
            try
            {
                findings.AddRange(schema.Validate(interaction));
            }
#pragma warning disable CA1031 // A schema engine failure is a failure finding: validation fails closed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                findings.Add(new Finding(RuleCrashedId, null, ValidationLayer.Schema, Severity.Error, XmlPath.Of(interaction), "schema validation to complete",
                    ex.GetType().Name, $"Schema validation could not run ({ex.Message}); treated as a failure."));
            }
        }

        // A clean message (the usual case) has nothing to order.
        return new ValidationReport(findings.Count == 0 ? findings : findings.OrderBy(f => f.Layer).ToList());
    }
}
