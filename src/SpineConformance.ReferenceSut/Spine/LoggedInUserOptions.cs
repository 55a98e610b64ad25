namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// The user logged in to the reference SUT, sent as <c>ControlActEvent/author/AgentPersonSDS</c>.
/// A real system takes these from the smartcard session (CIS2); here they are configuration.
/// </summary>
public sealed class LoggedInUserOptions
{
    /// <summary>The SDS user role profile id (URP, 12 digits). The default value is <c>100000000001</c>.</summary>
    public string RoleProfileId { get; set; } = ReferenceSutConstants.DefaultRoleProfileId;

    /// <summary>The SDS user id (12 digits). The default value is <c>100000000002</c>.</summary>
    public string UserId { get; set; } = ReferenceSutConstants.DefaultUserId;

    /// <summary>The RBAC job role code (an 'R' code). The default value is <c>R8000</c>.</summary>
    public string JobRole { get; set; } = ReferenceSutConstants.DefaultJobRole;

    /// <summary>The name shown on screen; never sent to Spine. The default value is <c>Dr Reference User</c>.</summary>
    public string Name { get; set; } = ReferenceSutConstants.DefaultUserName;
}
