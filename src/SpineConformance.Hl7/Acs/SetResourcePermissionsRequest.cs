namespace SpineConformance.Hl7.Acs;

/// <summary>
/// Builds the payload of <c>SET_RESOURCE_PERMISSIONS_INUK01</c> the way a well-behaved client does: one assertion per
/// function, the same permission for each, resource type <c>SCR</c> with the NHS number as Id, context
/// <c>Consent</c>, accessor <c>Everyone</c>, empty user data (as the SCR FHIR API sends).
/// </summary>
public static class SetResourcePermissionsRequest
{
    public static ResourcePermissions ForPatient(string nhsNumber, AcsPermission permission, params AcsFunction[] functions) => new(
        nhsNumber,
        (functions.Length == 0 ? [AcsFunction.View] : functions)
            .Select(f => AccessControlAssertion.ForScr(nhsNumber, f, permission) with { UserData = string.Empty })
            .ToList());
}
