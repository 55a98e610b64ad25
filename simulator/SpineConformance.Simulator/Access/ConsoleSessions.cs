using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SpineConformance.Simulator.Access;

/// <summary>
/// The console's signed-in sessions: each a random 256-bit token, held by the browser in an HttpOnly cookie and here
/// only as its hash, with an expiry (<see cref="AdminAccessOptions.SessionLifetime"/>). They live in this process, so
/// a restart signs every console out, and a logout ends one at once.
/// </summary>
internal sealed class ConsoleSessions(IOptions<AdminAccessOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> expiries = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => options.Value.SessionLifetime;

    /// <summary>Starts a session; returns the token for the cookie.</summary>
    public string Start()
    {
        var now = time.GetUtcNow();
        foreach (var ended in expiries.Where(s => s.Value <= now).Select(s => s.Key))
        {
            expiries.TryRemove(ended, out _);
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        expiries[Hash(token)] = now + Lifetime;
        return token;
    }

    public bool Accepts(string? token) =>
        token is { Length: 64 } && token.All(char.IsAsciiHexDigit)
        && expiries.TryGetValue(Hash(token), out var expiry) && expiry > time.GetUtcNow();

    public void End(string? token)
    {
        if (token is { Length: 64 } && token.All(char.IsAsciiHexDigit))
        {
            expiries.TryRemove(Hash(token), out _);
        }
    }

    // Held as a hash, so a memory dump does not hand out live sessions.
    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(token)));
}
