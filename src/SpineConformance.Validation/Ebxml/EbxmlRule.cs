using SpineConformance.Hl7.Ebxml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// A rule of Spine's ebXML validators: besides what every <see cref="Rule{TMessage}"/> has, the patterns whose validator
/// holds it. Every ebXML rule checks the transport layer.
/// </summary>
public sealed record EbxmlRule(
    string Id,
    string? FaultName,
    string Description,
    IReadOnlyList<EbxmlPattern> Patterns,
    Func<EbxmlUnderTest, IEnumerable<Violation>> Check) : Rule<EbxmlUnderTest>(Id, FaultName, ValidationLayer.Transport, Description, Check)
{
    public static IReadOnlyList<EbxmlPattern> AllPatterns { get; } = Enum.GetValues<EbxmlPattern>();

    public bool AppliesTo(EbxmlPattern pattern) => Patterns.Contains(pattern);
}
