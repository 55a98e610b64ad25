using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Ebxml;

/// <summary>A rule over how an ebXML request is routed (<see cref="EbxmlRouteRequest"/>), checked once its header is valid.</summary>
public sealed record EbxmlRouteRule(
    string Id,
    string? FaultName,
    string Description,
    Func<EbxmlRouteRequest, IEnumerable<Violation>> Check) : Rule<EbxmlRouteRequest>(Id, FaultName, ValidationLayer.Transport, Description, Check);
