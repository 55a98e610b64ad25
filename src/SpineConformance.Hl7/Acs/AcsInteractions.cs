using SpineConformance.Hl7.Soap;

namespace SpineConformance.Hl7.Acs;

/// <summary>The three Access Control Service interactions (ACS.md §1). Their ids are "pseudo-HL7" names.</summary>
public static class AcsInteractions
{
    public const string LrsService = SyncInteraction.ServicePrefix + "lrs";

    public const string LrsQueryService = SyncInteraction.ServicePrefix + "lrsquery";

    /// <summary>The <c>wsa:From</c> Spine sends on ACS successes.</summary>
    public const string SuccessFrom = "https://lrs.national.ncrs.nhs.uk/syncservice";

    /// <summary>The <c>wsa:From</c> Spine sends on ACS errors.</summary>
    public const string ErrorFrom = "https://lrs-sync.national.ncrs.nhs.uk/syncservice-lrs/acf";

    public static SyncInteraction Get { get; } = new(
        "GET_RESOURCE_PERMISSIONS_INUK01",
        LrsQueryService,
        "GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01",
        "getResourcePermissionsResponse",
        SuccessFrom,
        ErrorFrom);

    public static SyncInteraction Set { get; } = new(
        "SET_RESOURCE_PERMISSIONS_INUK01",
        LrsService,
        Wrappers.Hl7Constants.McciApplicationAcknowledgement,
        "setResourcePermissionsResponse",
        SuccessFrom,
        ErrorFrom);

    public static SyncInteraction Has { get; } = new(
        "HAS_RESOURCE_PERMISSIONS_INUK01",
        LrsQueryService,
        "HAS_RESOURCE_PERMISSIONS_RESPONSE_INUK01",
        "hasResourcePermissionsResponse",
        SuccessFrom,
        ErrorFrom);

    public static IReadOnlyList<SyncInteraction> All { get; } = [Get, Set, Has];
}
