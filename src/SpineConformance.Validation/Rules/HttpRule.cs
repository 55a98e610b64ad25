using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Rules;

/// <summary>A rule over a synchronous request's HTTP layer (<see cref="SyncHttpRequest"/>), before any HL7 is read.</summary>
public sealed record HttpRule(
    string Id,
    string? FaultName,
    ValidationLayer Layer,
    string Description,
    Func<SyncHttpRequest, IEnumerable<Violation>> Check) : Rule<SyncHttpRequest>(Id, FaultName, Layer, Description, Check);
