using SpineConformance.Hl7.Ebxml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// Validates an ebXML message against the validator of its pattern: the packaging rules first, then the rules that
/// apply to the pattern. Never throws for bad input, and fails closed: a rule that crashes becomes an error finding.
/// </summary>
public static class EbxmlValidator
{
    private static readonly RuleSet<EbxmlReadResult> Packaging = new(EbxmlPackagingRules.All);

    public static ValidationReport Validate(string? contentType, ReadOnlySpan<byte> body, EbxmlPattern pattern) =>
        Validate(EbxmlReader.Read(contentType, body), pattern);

    public static ValidationReport Validate(EbxmlReadResult read, EbxmlPattern pattern) => Validate(read, pattern, EbxmlRules.All);

    public static ValidationReport Validate(EbxmlReadResult read, EbxmlPattern pattern, IReadOnlyList<EbxmlRule> rules)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(rules);
        List<Finding> findings = read.IsWellPackaged ? [] : Packaging.Check(read);
        findings.AddRange(new RuleSet<EbxmlUnderTest>(rules.Where(r => r.AppliesTo(pattern)).ToList()).Check(new EbxmlUnderTest(read, pattern)));
        return new ValidationReport(findings);
    }
}
