using System.Security.Cryptography;
using System.Text;

namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// A tenant's API key: 256 random bits, shown once when issued; only its SHA-256 is stored. A salt would add nothing
/// to a key this random, and an unsalted hash lets a hosted deployment put <c>KeySha256</c> in its configuration.
/// </summary>
internal static class TenantKey
{
    /// <summary>A new key and its hash.</summary>
    public static (string Key, string Sha256) Issue()
    {
        var key = "spt_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        return (key, Hash(key));
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="presentedSha256"/> is <paramref name="storedSha256"/>, compared in constant time.</summary>
    public static bool Matches(string presentedSha256, string storedSha256) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presentedSha256), Encoding.ASCII.GetBytes(storedSha256));

    /// <summary>Whether <paramref name="text"/> is a SHA-256 as stored: 64 hex digits.</summary>
    public static bool IsSha256(string? text) => text is { Length: 64 } && text.All(char.IsAsciiHexDigit);
}
