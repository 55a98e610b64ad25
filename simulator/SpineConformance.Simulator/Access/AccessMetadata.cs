namespace SpineConformance.Simulator.Access;

/// <summary>
/// Endpoint metadata: this endpoint is open whatever <c>Simulator:AdminApiKey</c> says. Spine's own endpoints carry it
/// (clients authenticate with TLS, as with Spine), as do the health check and the console's login form. Every other
/// endpoint requires the key when one is set, so a new admin route is protected without anyone remembering to.
/// </summary>
internal sealed class OpenWithoutApiKey
{
    public static OpenWithoutApiKey Instance { get; } = new();
}

/// <summary>Endpoint metadata: asked for without the key, this endpoint answers with the console's login page.</summary>
internal sealed class ShowsLoginPage
{
    public static ShowsLoginPage Instance { get; } = new();
}

public static class AccessEndpointConventionBuilderExtensions
{
    /// <summary>Leaves this endpoint open when the simulator requires an API key for its admin API and console.</summary>
    public static TBuilder OpenWithoutApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(Access.OpenWithoutApiKey.Instance);
}
