namespace SpineConformance.Hl7.Acs;

/// <summary>
/// The payload of <c>HAS_RESOURCE_PERMISSIONS_INUK01</c>: the patient and one or more access control sets, each asking
/// whether a permission exists for a resource, a function (whose code is mandatory here) and an accessor.
/// </summary>
public sealed record HasResourcePermissionsRequest(string ResourceContextRoot, string? NhsNumber, IReadOnlyList<AccessControlSet> Sets)
{
    public static HasResourcePermissionsRequest ForPatient(string nhsNumber, params AcsFunction[] functions) => new(
        Identifiers.NhsNumber.Oid,
        nhsNumber,
        (functions.Length == 0 ? Enum.GetValues<AcsFunction>() : functions)
            .Select(f => new AccessControlSet(AcsVocabulary.ResourceTypeScr, nhsNumber, AcsVocabulary.ContextConsent, f.ToString()))
            .ToList());
}

/// <summary>One <c>accessControlSet</c>: resource, function and accessor (by name, or by an <c>id</c> when <see cref="AccessorIdRoot"/> is set).</summary>
public sealed record AccessControlSet(
    string? ResourceType,
    string? ResourceId,
    string? FunctionContext,
    string? FunctionCode,
    string? AccessorType = AcsVocabulary.AccessorEveryone,
    string? AccessorName = AcsVocabulary.AccessorEveryone)
{
    public string? AccessorIdRoot { get; init; }

    public string? AccessorIdExtension { get; init; }
}
