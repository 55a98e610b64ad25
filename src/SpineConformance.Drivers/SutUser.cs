namespace SpineConformance.Drivers;

/// <summary>A user of the system under test, by their SDS ids: role profile (URP), user id and job role.</summary>
public sealed record SutUser(string RoleProfileId, string UserId, string JobRole);
