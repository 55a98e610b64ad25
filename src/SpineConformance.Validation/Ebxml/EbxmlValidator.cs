using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// Validates an ebXML message against the validator of its pattern: the packaging problems first, then the rules that
/// apply to the pattern. Never throws for bad input, and fails closed: a rule that crashes becomes an error finding.
/// </summary>
public static class EbxmlValidator
{
    public static ValidationReport Validate(string? contentType, ReadOnlySpan<byte> body, EbxmlPattern pattern) =>
        Validate(EbxmlReader.Read(contentType, body), pattern);

    public static ValidationReport Validate(EbxmlReadResult read, EbxmlPattern pattern) => Validate(read, pattern, EbxmlRules.All);

    public static ValidationReport Validate(EbxmlReadResult read, EbxmlPattern pattern, IReadOnlyList<EbxmlRule> rules)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(rules);
        var findings = read.Problems.Select(EbxmlPackagingFindings.From).ToList();
        var message = new EbxmlUnderTest(read, pattern);
        foreach (var rule in rules.Where(r => r.AppliesTo(pattern)))
        {
            try
            {
                findings.AddRange(rule.Check(message).Select(v => ToFinding(rule, v)).ToList());
            }
#pragma warning disable CA1031 // Any exception from a rule must become a failure finding: validation fails closed.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                findings.Add(new Finding(MessageValidator.RuleCrashedId, rule.FaultName, rule.Layer, Severity.Error, "/", $"rule {rule.Id} to complete",
                    ex.GetType().Name, $"The rule {rule.Id} could not check this message ({ex.Message}); treated as a failure."));
            }
        }

        return new ValidationReport(findings);
    }

    private static Finding ToFinding(EbxmlRule rule, Violation violation) => new(
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
