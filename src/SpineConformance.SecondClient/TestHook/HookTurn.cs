namespace SpineConformance.SecondClient.TestHook;

/// <summary>The one turn the test hook hands out at a time (a singleton, disposed with the host).</summary>
internal sealed class HookTurn : IDisposable
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public void Dispose() => Gate.Dispose();
}
