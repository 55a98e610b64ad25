using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace SpineConformance.Simulator.Access;

/// <summary>
/// Counts wrong API keys per client address. After <see cref="AdminAccessOptions.WrongKeysAllowed"/> wrong keys within
/// <see cref="AdminAccessOptions.ThrottleDuration"/>, that client is answered 429 for any key it sends until the duration
/// has passed, so guessing runs at a few tries a minute. Other clients, and console sessions already signed in, are not
/// slowed at all.
/// </summary>
internal sealed partial class WrongKeyThrottle(IOptions<AdminAccessOptions> options, TimeProvider time, ILogger<WrongKeyThrottle> logger)
{
    // Forgetting clients whose window has passed keeps the table bounded under a flood from many addresses.
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<IPAddress, Client> clients = new();

    /// <summary>How long <paramref name="address"/> must wait before its next key is read, or <see langword="null"/> when it need not.</summary>
    public TimeSpan? RetryAfter(IPAddress? address)
    {
        if (address is null || !clients.TryGetValue(address, out var client))
        {
            return null;
        }

        var wait = client.ThrottledUntil - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : null;
    }

    /// <summary>Counts a wrong key from <paramref name="address"/>, throttling it (and logging a warning) when it has used its allowance.</summary>
    public void WrongKey(IPAddress? address)
    {
        if (address is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        var settings = options.Value;
        var updated = clients.AddOrUpdate(
            address,
            _ => new Client(now, 1, DateTimeOffset.MinValue),
            (_, client) => now - client.WindowStart > settings.ThrottleDuration ? new Client(now, 1, DateTimeOffset.MinValue) : client with { Failures = client.Failures + 1 });
        if (updated.Failures == settings.WrongKeysAllowed)
        {
            clients[address] = updated with { ThrottledUntil = now + settings.ThrottleDuration };
            Throttled(logger, address.ToString(), updated.Failures, settings.ThrottleDuration.TotalSeconds);
        }

        if (clients.Count > PruneAbove)
        {
            foreach (var stale in clients.Where(c => now - c.Value.WindowStart > settings.ThrottleDuration && c.Value.ThrottledUntil < now).Select(c => c.Key))
            {
                clients.TryRemove(stale, out _);
            }
        }
    }

    [LoggerMessage(EventId = 60, Level = LogLevel.Warning,
        Message = "{Client} sent {Failures} wrong API keys; its admin and console requests are refused with 429 for {Seconds} s")]
    private static partial void Throttled(ILogger logger, string client, int failures, double seconds);

    private sealed record Client(DateTimeOffset WindowStart, int Failures, DateTimeOffset ThrottledUntil);
}
