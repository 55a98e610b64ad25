namespace SpineConformance.Hl7.Acs;

/// <summary>
/// One <c>crs:accessControlAssertion</c>: permission, optional user data, the resource, the function and the accessor.
/// Fields are text as on the wire; <see cref="ForScr"/> builds the well-formed assertion Spine expects.
/// </summary>
public sealed record AccessControlAssertion(
    string Permission,
    string ResourceType,
    string ResourceId,
    string FunctionContext,
    string FunctionCode,
    string? AccessorType = AcsVocabulary.AccessorEveryone,
    string? AccessorName = AcsVocabulary.AccessorEveryone)
{
    public string? UserData { get; init; }

    public static AccessControlAssertion ForScr(string nhsNumber, AcsFunction function, AcsPermission permission) => new(
        permission.ToString(),
        AcsVocabulary.ResourceTypeScr,
        nhsNumber,
        AcsVocabulary.ContextConsent,
        function.ToString());

    /// <summary>The permission as a value, or <see langword="null"/> when the text is not one ACS knows.</summary>
    public AcsPermission? ParsedPermission => Enum.TryParse<AcsPermission>(Permission, ignoreCase: false, out var p) && Enum.IsDefined(p) ? p : null;

    public AcsFunction? ParsedFunction => Enum.TryParse<AcsFunction>(FunctionCode, ignoreCase: false, out var f) && Enum.IsDefined(f) ? f : null;
}
