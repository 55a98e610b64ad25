namespace SpineConformance.SecondClient.Identity;

/// <summary>The configured user, or the one a test-hook request names: who each action is done as.</summary>
internal sealed class LoggedInUser(SecondClientOptions options)
{
    public ActingUser Default { get; } = new(options.RoleProfileId, options.UserId, options.JobRole);

    public ActingUser Resolve(ActingUser? requested) =>
        requested is null || string.IsNullOrWhiteSpace(requested.RoleProfileId) ? Default
            : new ActingUser(requested.RoleProfileId, requested.UserId ?? Default.UserId, requested.JobRole ?? Default.JobRole);
}
