namespace SpineConformance.Drivers.Manual;

/// <summary>
/// The one tester of a manual run: their terminal (opened on first use), whose turn it is (one scenario at a time), a
/// step counter, and the journal mark at the start of the run, before which nothing is theirs.
/// </summary>
public sealed class ManualTesterSession(Func<TesterTerminal> open) : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly Lazy<TesterTerminal> terminal = new(open, LazyThreadSafetyMode.ExecutionAndPublication);
    private int steps;

    public TesterTerminal Terminal => terminal.Value;

    /// <summary>The journal id before the run's first manual step: what the run's system sent comes after it.</summary>
    public long? StartMark { get; set; }

    public Task AcquireAsync() => turn.WaitAsync();

    public void Release() => turn.Release();

    public int NextStepNumber() => Interlocked.Increment(ref steps);

    public void Dispose()
    {
        turn.Dispose();
        if (terminal.IsValueCreated)
        {
            terminal.Value.Dispose();
        }
    }
}
