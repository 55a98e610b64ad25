using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Rules;

/// <summary>A rule over a synchronous HL7 message or the HL7 payload of an ebXML one (<see cref="MessageUnderTest"/>).</summary>
public sealed record MessageRule(
    string Id,
    string? FaultName,
    ValidationLayer Layer,
    string Description,
    Func<MessageUnderTest, IEnumerable<Violation>> Check) : Rule<MessageUnderTest>(Id, FaultName, Layer, Description, Check);
