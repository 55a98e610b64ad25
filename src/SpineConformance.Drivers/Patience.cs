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
}
