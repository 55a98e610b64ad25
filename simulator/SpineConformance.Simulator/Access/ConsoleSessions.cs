using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Access;

/// <summary>
/// The console's signed-in sessions: each a random 256-bit token, held by the browser in an HttpOnly cookie and here
/// only as its hash, with an expiry (<see cref="AdminAccessOptions.SessionLifetime"/>). They live in this process, so
/// a restart signs every console out, and a logout ends one at once.
/// </summary>
internal sealed class ConsoleSessions(IOptions<AdminAccessOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset Expiry, AdminCaller Caller)> expiries = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => options.Value.SessionLifetime;

    /// <summary>Starts a session for <paramref name="caller"/> (the operator, or the tenant whose key logged in); returns the token for the cookie.</summary>
    public string Start(AdminCaller caller)
    {
        var now = time.GetUtcNow();
        foreach (var ended in expiries.Where(s => s.Value.Expiry <= now).Select(s => s.Key))
        {
            expiries.TryRemove(ended, out _);
        }

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        expiries[Hash(token)] = (now + Lifetime, caller);
        return token;
    }

    public bool Accepts(string? token) => Caller(token) is not null;

    /// <summary>Who signed the session in, while it lasts; <see langword="null"/> for no session, or one ended or expired.</summary>
    public AdminCaller? Caller(string? token) =>
        token is { Length: 64 } && token.All(char.IsAsciiHexDigit)
        && expiries.TryGetValue(Hash(token), out var session) && session.Expiry > time.GetUtcNow() ? session.Caller : null;

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
