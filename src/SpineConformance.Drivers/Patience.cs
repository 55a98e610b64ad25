namespace SpineConformance.Drivers;

/// <summary>
/// The one wait for something the suite can only poll (a system starting up, a web page that shows "pending" until an
/// asynchronous reply arrives): asks again every <c>every</c> until it is done or <c>within</c> has passed, on the run's
/// <see cref="TimeProvider"/>, so a test can drive it with a fake clock. Waits on the simulator's journal do not poll:
/// they wake on the journal's own event (<see cref="Simulator.SimulatorControl"/>).
/// </summary>
public static class Patience
{
    /// <summary>True once <paramref name="done"/> answers true; false when <paramref name="within"/> passed first.</summary>
    public static async Task<bool> WaitAsync(TimeProvider time, TimeSpan within, TimeSpan every, Func<Task<bool>> done, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(done);
        var started = time.GetTimestamp();
        while (true)
        {
            if (await done())
            {
                return true;
            }

            var left = within - time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            await Task.Delay(left < every ? left : every, time, cancellationToken);
        }
    }

    /// <summary>
    /// Waits until <paramref name="address"/> answers a GET with a success status. Returns whether it did, and the last
    /// thing it answered (an HTTP status or the connection error), for a message that says why it was not ready.
    /// </summary>
    public static async Task<(bool Up, string? Last)> WaitForHealthAsync(TimeProvider time, HttpClient http, Uri address, TimeSpan within)
    {
        ArgumentNullException.ThrowIfNull(http);
        string? last = null;
        var up = await WaitAsync(time, within, TimeSpan.FromMilliseconds(500), async () =>
        {
            try
            {
                using var response = await http.GetAsync(address);
                last = $"HTTP {(int)response.StatusCode}";
                return response.IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                last = e.Message;
                return false;
            }
        });
        return (up, last);
    }
}
