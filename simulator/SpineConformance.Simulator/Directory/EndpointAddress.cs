namespace SpineConformance.Simulator.Directory;

/// <summary>
/// An address the simulator will send to: absolute, <c>http</c> or <c>https</c>. Anything else (<c>file:</c>, <c>ftp:</c>,
/// <c>javascript:</c>, a relative path) cannot be an MHS, and the HTTP client would throw on it; credentials in the
/// address (<c>user:password@host</c>) are refused too, as they would be kept and shown wherever the address is.
/// </summary>
public static class EndpointAddress
{
    /// <summary>Why <paramref name="address"/> is not a usable endpoint, or <see langword="null"/> when it is.</summary>
    public static string? Problem(string address)
    {
        // On Linux a rooted path such as /inbound parses as an absolute file: URI; it was not written as a URL at all.
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri)
            || (uri.IsFile && !address.TrimStart().StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            return $"'{address}' is not an absolute http:// or https:// URL; give the full address, for example https://mhs.example.nhs.uk/reliablemessaging.";
        }

        if (!IsHttp(uri))
        {
            return $"'{address}' uses the '{uri.Scheme}' scheme; only http:// and https:// addresses are accepted.";
        }

        // Not echoed: the part before @ is a user name and perhaps a password, which would then sit in logs and answers.
        return uri.UserInfo.Length > 0
            ? $"the address for host '{uri.Host}' carries a user name or password (user:password@); endpoint addresses may not include credentials."
            : null;
    }

    public static bool IsHttp(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
