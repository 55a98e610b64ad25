using SpineConformance.Hl7.Ebxml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// One named rule of Spine's ebXML validators: a stable id, the Spine fault it raises, the patterns whose validator
/// holds it, a sentence saying what it requires, and a check that lists the violations.
/// </summary>
public sealed record EbxmlRule(
    string Id,
    string? FaultName,
    string Description,
    IReadOnlyList<EbxmlPattern> Patterns,
    Func<EbxmlUnderTest, IEnumerable<Violation>> Check)
{
    public static IReadOnlyList<EbxmlPattern> AllPatterns { get; } = Enum.GetValues<EbxmlPattern>();

    /// <summary>Every ebXML rule checks the transport. The default value is <see cref="ValidationLayer.Transport"/>.</summary>
    public ValidationLayer Layer { get; init; } = ValidationLayer.Transport;

    public Severity Severity { get; init; } = Severity.Error;

    /// <summary>Where the rule comes from, e.g. "spine2_xslt/ebxmlReliableValidator.xsl [C]".</summary>
    public string Source { get; init; } = string.Empty;

    public bool AppliesTo(EbxmlPattern pattern) => Patterns.Contains(pattern);
}
