namespace SpineConformance.Simulator.Directory;

/// <summary>
/// An address the simulator will send to: absolute, <c>http</c> or <c>https</c>. Anything else (<c>file:</c>, <c>ftp:</c>,
/// <c>javascript:</c>, a relative path) cannot be an MHS, and the HTTP client would throw on it.
/// </summary>
public static class EndpointAddress
{
    /// <summary>Why <paramref name="address"/> is not a usable endpoint, or <see langword="null"/> when it is.</summary>
    public static string? Problem(string address) =>
        !Uri.TryCreate(address, UriKind.Absolute, out var uri)
            ? $"'{address}' is not an absolute URL; give an http:// or https:// address."
            : IsHttp(uri) ? null : $"'{address}' uses the '{uri.Scheme}' scheme; only http:// and https:// addresses are accepted.";

    public static bool IsHttp(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
