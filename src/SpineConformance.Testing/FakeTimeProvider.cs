namespace SpineConformance.Testing;

/// <summary>
/// A clock that moves only when told to. Starts at a fixed instant so outputs are repeatable. Timers (and so
/// <c>Task.Delay(…, timeProvider)</c>) fire when <see cref="Advance"/> moves the clock past their due time.
/// </summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider, IDisposable
{
    private readonly Lock gate = new();
    private readonly List<FakeTimer> timers = [];
    private readonly SemaphoreSlim scheduled = new(0, int.MaxValue);
    private DateTimeOffset now = start;
    private long timestamp;

    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 11, 22, 10, 15, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long GetTimestamp()
    {
        lock (gate)
        {
            return timestamp;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Dispose() => scheduled.Dispose();

    /// <summary>How many timers are waiting to fire.</summary>
    public int PendingTimers
    {
        get
        {
            lock (gate)
            {
                return timers.Count;
            }
        }
    }

    /// <summary>
    /// Waits until at least <paramref name="count"/> timers are waiting, so a test advances the clock only once the code under
    /// test has started waiting on it (otherwise the advance could happen before the timer exists).
    /// </summary>
    public async Task WaitForPendingTimersAsync(int count, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (PendingTimers < count)
        {
            await scheduled.WaitAsync(cancel.Token);
        }
    }

    public void Advance(TimeSpan by)
    {
        List<FakeTimer> due;
        lock (gate)
        {
            now += by;
            timestamp += by.Ticks;
            due = timers.Where(t => t.DueAt <= now).ToList();
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private void Schedule(FakeTimer timer, bool active)
    {
        lock (gate)
        {
            timers.Remove(timer);
            if (active)
            {
                timers.Add(timer);
            }
        }

        if (active)
        {
            scheduled.Release();
        }
    }

    private sealed class FakeTimer(FakeTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            this.period = period;
            var active = dueTime != Timeout.InfiniteTimeSpan;
            DueAt = active ? clock.GetUtcNow() + dueTime : DateTimeOffset.MaxValue;
            clock.Schedule(this, active);
            return true;
        }

        public void Fire()
        {
            var repeat = period != Timeout.InfiniteTimeSpan && period > TimeSpan.Zero;
            DueAt = repeat ? DueAt + period : DateTimeOffset.MaxValue;
            clock.Schedule(this, repeat);
            callback(state);
        }

        public void Dispose() => clock.Schedule(this, active: false);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
