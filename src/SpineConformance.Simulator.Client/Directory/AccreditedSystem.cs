namespace SpineConformance.Simulator.Client;

/// <summary>
/// A system registered in SDS: its ASID (<c>nhsAs</c> <c>uniqueIdentifier</c>), the MHS party key and CPA id used in
/// ebXML headers, the ODS code it serves, the endpoint Spine posts asynchronous replies to, the
/// <c>service:interaction</c> pairs it may use (<c>nhsAsSvcIA</c>), and its reliability attributes.
/// </summary>
public sealed record AccreditedSystem
{
    /// <summary>The system's ASID, 12 digits.</summary>
    public required string Asid { get; init; }

    /// <summary>The MHS party key used in ebXML <c>From</c>/<c>To</c>, e.g. <c>A1B2C3-0000001</c>.</summary>
    public required string PartyKey { get; init; }

    /// <summary>The CPA id used in ebXML headers. The default value is none.</summary>
    public string? CpaId { get; init; }

    /// <summary>The ODS code of the organisation the system serves. The default value is none.</summary>
    public string? OdsCode { get; init; }

    /// <summary>Words for a reader. The default value is none.</summary>
    public string? Description { get; init; }

    /// <summary>Where Spine sends this system's asynchronous replies (<c>nhsMHSEndPoint</c>); none for a sync-only system.</summary>
    public string? MhsEndpoint { get; init; }

    /// <summary>The <c>service:interaction</c> strings it is registered for, e.g. <c>urn:nhs:names:services:lrs:REPC_IN010000UK15</c>.</summary>
    public IReadOnlyList<string> Interactions { get; init; } = [];

    /// <summary>How Spine sends this system asynchronous replies. The default value is SDS's defaults.</summary>
    public ReliabilitySettings Reliability { get; init; } = new();

    /// <summary>Whether the system is registered for <paramref name="interactionId"/> of <paramref name="service"/>.</summary>
    public bool IsRegisteredFor(string service, string interactionId) =>
        Interactions.Contains($"{service}:{interactionId}", StringComparer.Ordinal);
}
