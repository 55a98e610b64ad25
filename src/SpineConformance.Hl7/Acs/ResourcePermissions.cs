namespace SpineConformance.Hl7.Acs;

/// <summary>
/// A <c>crs:permissions</c> block: the patient (<c>resourceContext</c>, the NHS number) and access control
/// assertions. It is the payload of a Set request and of Get and Has responses. In Get responses a function at
/// its default (Ask) has no assertion.
/// </summary>
public sealed record ResourcePermissions(string NhsNumber, IReadOnlyList<AccessControlAssertion> Assertions)
{
    /// <summary>The <c>resourceContext/@root</c>; the NHS number OID unless a test sets another.</summary>
    public string ResourceContextRoot { get; init; } = Identifiers.NhsNumber.Oid;

    /// <summary>What the patient has decided for a function; Ask when no assertion is held for it.</summary>
    public AcsPermission PermissionFor(AcsFunction function) =>
        Assertions.FirstOrDefault(a => a.ParsedFunction == function)?.ParsedPermission ?? AcsPermission.Ask;
}
