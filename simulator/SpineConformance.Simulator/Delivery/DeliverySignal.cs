namespace SpineConformance.Simulator.Delivery;

/// <summary>Wakes the delivery worker when a reply is queued, so it never polls.</summary>
public sealed class DeliverySignal : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, int.MaxValue);

    public void Notify() => wake.Release();

    public void Dispose() => wake.Dispose();

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            // The clock's own timer, so a fake clock in tests decides when a retry is due.
            _ = Task.Delay(timeout, time, timer.Token).ContinueWith(_ => Notify(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }

        try
        {
            await wake.WaitAsync(cancellationToken);
        }
        finally
        {
            await timer.CancelAsync();
        }
    }
}
