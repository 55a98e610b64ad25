using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Sds;

/// <summary>A rule over a sender's SDS registration (<see cref="SdsRegistrationRequest"/>), checked beside the message's own rules.</summary>
public sealed record SdsRegistrationRule(
    string Id,
    string? FaultName,
    string Description,
    Func<SdsRegistrationRequest, IEnumerable<Violation>> Check) : Rule<SdsRegistrationRequest>(Id, FaultName, ValidationLayer.Transport, Description, Check);
