using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Acs;

/// <summary>A validated Get (<c>GET_RESOURCE_PERMISSIONS_INUK01</c>): the patient, and the one function asked about (none: every function).</summary>
public sealed record PermissionsQuery(NhsNumber Patient, AcsFunction? Function);

/// <summary>A validated Has (<c>HAS_RESOURCE_PERMISSIONS_INUK01</c>): the patient and the access control sets asked about, as sent.</summary>
public sealed record PermissionsCheck(NhsNumber Patient, IReadOnlyList<AccessControlSet> Sets);

/// <summary>
/// A validated Set (<c>SET_RESOURCE_PERMISSIONS_INUK01</c>): the patient and the permission each function is set to, in the
/// order sent; <see langword="null"/> is Clear (back to the default, Ask).
/// </summary>
public sealed record PermissionsChange(NhsNumber Patient, IReadOnlyDictionary<AcsFunction, AcsPermission?> Values);
