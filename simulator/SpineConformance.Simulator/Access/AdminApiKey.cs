using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Access;

/// <summary>
/// The key the admin API and console require (<c>Simulator:AdminApiKey</c>), or none. Keys are compared in constant
/// time, over hashes of both so not even the length leaks; the console's cookie holds a value derived from the key, so
/// the key itself is never stored by the browser.
/// </summary>
internal sealed class AdminApiKey
{
    private readonly byte[]? expected;
    private readonly byte[]? expectedSession;

    public AdminApiKey(IOptions<SimulatorOptions> options)
    {
        if (options.Value.AdminApiKey is { Length: > 0 } key)
        {
            expected = SHA256.HashData(Encoding.UTF8.GetBytes(key));
            expectedSession = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), "spine-console-session"u8);
        }
    }

    public bool IsRequired => expected is not null;

    /// <summary>The console cookie's value for the configured key.</summary>
    public string SessionValue => IsRequired ? Convert.ToHexStringLower(expectedSession!) : string.Empty;

    public bool Accepts(string? presented) =>
        expected is not null && presented is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), expected);

    public bool AcceptsSession(string? cookie) =>
        expectedSession is not null && cookie is { Length: 64 } && IsHex(cookie)
        && CryptographicOperations.FixedTimeEquals(Convert.FromHexString(cookie), expectedSession);

    private static bool IsHex(string text) => text.All(char.IsAsciiHexDigit);
}
