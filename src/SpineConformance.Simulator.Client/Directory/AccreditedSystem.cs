namespace SpineConformance.Simulator.Client;

/// <summary>
/// A system registered in SDS: its ASID (<c>nhsAs</c> <c>uniqueIdentifier</c>), the MHS party key and CPA id used in
/// ebXML headers, the ODS code it serves, the endpoint Spine posts asynchronous replies to, the
/// <c>service:interaction</c> pairs it may use (<c>nhsAsSvcIA</c>), and its reliability attributes.
/// </summary>
public sealed record AccreditedSystem
{
    public required string Asid { get; init; }

    public required string PartyKey { get; init; }

    public string? CpaId { get; init; }

    public string? OdsCode { get; init; }

    public string? Description { get; init; }

    /// <summary>Where Spine sends this system's asynchronous replies (<c>nhsMHSEndPoint</c>); none for a sync-only system.</summary>
    public string? MhsEndpoint { get; init; }

    /// <summary>The <c>service:interaction</c> strings it is registered for, e.g. <c>urn:nhs:names:services:lrs:REPC_IN010000UK15</c>.</summary>
    public IReadOnlyList<string> Interactions { get; init; } = [];

    public ReliabilitySettings Reliability { get; init; } = new();

    public bool IsRegisteredFor(string service, string interactionId) =>
        Interactions.Contains($"{service}:{interactionId}", StringComparer.Ordinal);
}
