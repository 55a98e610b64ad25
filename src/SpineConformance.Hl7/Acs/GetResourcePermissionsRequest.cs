namespace SpineConformance.Hl7.Acs;

/// <summary>
/// The payload of <c>GET_RESOURCE_PERMISSIONS_INUK01</c>: <c>crs:getResourcePermissionsRequest/accessControlQuery</c>
/// with the patient's NHS number as <c>resourceContext</c> and optional criteria.
/// </summary>
public sealed record GetResourcePermissionsRequest(string ResourceContextRoot, string? NhsNumber, PermissionQueryCriteria? Criteria = null)
{
    public static GetResourcePermissionsRequest ForPatient(string nhsNumber, AcsFunction? function = null) => new(
        Identifiers.NhsNumber.Oid,
        nhsNumber,
        new PermissionQueryCriteria(AcsVocabulary.ContextConsent, function?.ToString(), [new AcsResource(AcsVocabulary.ResourceTypeScr, nhsNumber)]));
}

/// <summary><c>queryCriteria</c>: the function (context, and optionally code: none means all functions) and the resources asked about.</summary>
public sealed record PermissionQueryCriteria(string? FunctionContext, string? FunctionCode, IReadOnlyList<AcsResource> Resources);

/// <summary>A <c>resource</c>: its type (<c>SCR</c>) and <c>Id</c> (the NHS number unless the context is Sealing).</summary>
public sealed record AcsResource(string? Type, string? Id);
