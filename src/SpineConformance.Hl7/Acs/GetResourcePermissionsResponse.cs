namespace SpineConformance.Hl7.Acs;

/// <summary>
/// The payload of <c>GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01</c>: the patient and the assertions held.
/// A function at its default (Ask) has no assertion.
/// </summary>
public sealed record GetResourcePermissionsResponse(string NhsNumber, IReadOnlyList<AccessControlAssertion> Assertions)
{
    /// <summary>What the patient has decided for a function; Ask when no assertion is held for it.</summary>
    public AcsPermission PermissionFor(AcsFunction function) =>
        Assertions.FirstOrDefault(a => a.ParsedFunction == function)?.ParsedPermission ?? AcsPermission.Ask;
}
