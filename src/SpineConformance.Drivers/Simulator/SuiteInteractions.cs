namespace SpineConformance.Drivers.Simulator;

/// <summary>
/// The <c>service:interaction</c> strings SDS must list for the system under test so that every feature's request and
/// asynchronous reply is one it is registered for: the ACS requests, the LR requests and queries, the SDS look-ups and
/// workgroup changes, their replies and the acknowledgement.
/// </summary>
internal static class SuiteInteractions
{
    public static IReadOnlyList<string> All { get; } =
    [
        "urn:nhs:names:services:lrsquery:GET_RESOURCE_PERMISSIONS_INUK01",
        "urn:nhs:names:services:lrsquery:HAS_RESOURCE_PERMISSIONS_INUK01",
        "urn:nhs:names:services:lrs:SET_RESOURCE_PERMISSIONS_INUK01",
        "urn:nhs:names:services:lrs:REPC_IN010000UK15",
        "urn:nhs:names:services:lrs:REPC_IN020000UK13",
        "urn:nhs:names:services:lrs:REPC_IN040000UK15",
        "urn:nhs:names:services:lrs:REPC_IN050000UK13",
        "urn:nhs:names:services:lrs:MCCI_IN010000UK13",
        "urn:nhs:names:services:lrsquery:QUPC_IN010000UK32",
        "urn:nhs:names:services:lrsquery:QUPC_IN020000UK17",
        "urn:nhs:names:services:lrsquery:QUPC_IN090000UK03",
        "urn:nhs:names:services:sdsquery:QUPC_IN010102UK01",
        "urn:nhs:names:services:sdsquery:QUPC_IN041234UK01",
        "urn:nhs:names:services:sds:REPC_IN130002UK01",
        "urn:nhs:names:services:sds:REPC_IN130003UK01",
        "urn:nhs:names:services:sds:REPC_IN130004UK01",
        "urn:nhs:names:services:sds:REPC_IN130005UK01",
        "urn:nhs:names:services:sds:MCCI_IN010000UK13",
    ];
}
