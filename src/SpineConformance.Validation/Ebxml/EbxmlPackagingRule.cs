using SpineConformance.Hl7.Ebxml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// A rule over an ebXML message's packaging (its HTTP Content-Type and MIME parts), broken by each problem of one
/// <see cref="EbxmlProblemKind"/> the reader found: the reader has already looked, so the rule reports what it saw,
/// placed on the part it concerns and, for XML, the line.
/// </summary>
public sealed record EbxmlPackagingRule(string Id, string? FaultName, EbxmlProblemKind Kind, string Description, string Expected)
    : Rule<EbxmlReadResult>(Id, FaultName, ValidationLayer.Transport, Description, read => Violations(read, Kind, Expected))
{
    private static IEnumerable<Violation> Violations(EbxmlReadResult read, EbxmlProblemKind kind, string expected) =>
        read.Problems.Where(p => p.Kind == kind).Select(p => new Violation(p.PartIndex is { } part ? $"MIME part {part}" : "HTTP Content-Type and body", expected, p.Message)
        {
            Line = p.Line,
        });
}
