namespace SpineConformance.SecondClient.Identity;

/// <summary>The user an action is done as: who Spine is told acted, and whose job role RBAC judges.</summary>
internal sealed record ActingUser(string RoleProfileId, string UserId, string JobRole);
