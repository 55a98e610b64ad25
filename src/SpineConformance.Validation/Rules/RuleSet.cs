using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Rules;

/// <summary>
/// Rules run in the order given over one message. Never throws for bad input, and fails closed: a rule that crashes is
/// reported as an error finding (<see cref="RuleCrashedId"/>), never as a pass. The HL7, ebXML and HTTP rules all run here.
/// </summary>
public sealed class RuleSet<TMessage>(IReadOnlyList<Rule<TMessage>> rules)
{
    public const string RuleCrashedId = "VALIDATOR-CRASHED";

    public IReadOnlyList<Rule<TMessage>> Rules { get; } = rules;

    public List<Finding> Check(TMessage message)
    {
        var findings = new List<Finding>();
        foreach (var rule in Rules)
        {
            try
            {
                // Listed before any is kept, so a rule that crashes half-way reports the crash alone. Most rules find
                // nothing, so the list is made only for one that does.
                List<Finding>? found = null;
                foreach (var violation in rule.Check(message))
                {
                    (found ??= []).Add(rule.FindingFor(violation));
                }

                if (found is not null)
                {
                    findings.AddRange(found);
                }
            }
#pragma warning disable CA1031 // Any exception from a rule must become a failure finding: validation fails closed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                findings.Add(new Finding(RuleCrashedId, rule.FaultName, rule.Layer, Severity.Error, "/", $"rule {rule.Id} to complete",
                    ex.GetType().Name, $"The rule {rule.Id} could not check this message ({ex.Message}); treated as a failure."));
            }
        }

        return findings;
    }
}
