using SpineConformance.Testing;

namespace SpineConformance.Drivers.Tests;

/// <summary>The one polling wait runs on the run's clock: it asks again each interval and gives up when its patience runs out.</summary>
[TestFixture]
public sealed class PatienceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Test]
    public async Task WaitAsync_DoneOnTheThirdAsk_IsTrueAfterTwoIntervals()
    {
        using var time = new FakeTimeProvider();
        var asked = 0;
        var wait = Patience.WaitAsync(time, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), () => Task.FromResult(++asked == 3));

        for (var i = 0; i < 2; i++)
        {
            await time.WaitForPendingTimersAsync(1, Timeout);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.That(await wait.WaitAsync(Timeout), Is.True);
        Assert.That(asked, Is.EqualTo(3));
    }

    [Test]
    public async Task WaitAsync_NeverDone_IsFalseOncePatienceRunsOut_AndAsksNoMore()
    {
        using var time = new FakeTimeProvider();
        var asked = 0;
        var wait = Patience.WaitAsync(time, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(1), () => Task.FromResult(++asked < 0));

        while (!wait.IsCompleted)
        {
            await time.WaitForPendingTimersAsync(1, Timeout);
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(wait, Task.Delay(50));
        }

        Assert.That(await wait, Is.False);
        Assert.That(asked, Is.EqualTo(4), "at 0, 1, 2 and 2.5 s: the last wait is cut to what patience is left");
    }
}
