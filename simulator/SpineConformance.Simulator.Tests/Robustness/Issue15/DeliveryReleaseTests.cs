using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Persistence.Memory;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Robustness.Issue15;

/// <summary>An attempt whose outcome cannot be recorded does not leave its message claimed for ever (issue 15).</summary>
[Category("robustness")]
public sealed class DeliveryReleaseTests
{
    [Test]
    public async Task WhenJournalingAnAttemptFails_TheMessageIsReleasedForARetryOneIntervalLater()
    {
        var clock = new FakeTimeProvider();
        var store = new FailsFirstAppend();
        var journal = new RequestJournal(Options.Create(new SimulatorOptions()), store);
        var outbox = new InMemoryOutbox();
        using var signal = new DeliverySignal();
        var sender = new ReplySender(new Answers200(), new EbxmlAcknowledgmentCheck(), Options.Create(new DeliveryOptions()));
        using var worker = new DeliveryWorker(outbox, signal, sender, journal, clock, NullLogger<DeliveryWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        var start = clock.GetUtcNow();
        await outbox.EnqueueAsync(new OutboundMessage
        {
            Endpoint = new Uri("http://127.0.0.1:1/inbound"), ContentType = "text/xml", SoapAction = "urn:x/y", Body = [1], MessageId = "M1",
            ConversationId = "C1", MaxAttempts = 3, RetryInterval = TimeSpan.FromSeconds(30), NextAttemptAt = start, ExpiresAt = start.AddMinutes(5),
        }, CancellationToken.None);
        signal.Notify();

        await store.FirstAppendFailed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // The clock moves only once the worker has released the message, or the release would count from the later time.
        Assert.That(await Persistence.QueuedReplies.NextDueBecomesAsync(outbox, start.AddSeconds(30), TimeSpan.FromSeconds(10)), Is.True,
            "the failed attempt was released for a retry one interval later");
        clock.Advance(TimeSpan.FromSeconds(30));
        var retried = await journal.WaitForAsync(e => e.Attempt == 2, TimeSpan.FromSeconds(10));

        Assert.That(retried.ReceivedAt, Is.EqualTo(start.AddSeconds(30)), "retried one interval after the failed attempt");
        Assert.That(journal.Snapshot().Single().Id, Is.EqualTo(retried.Id), "the failed attempt left no entry; the retry did");
        await worker.StopAsync(CancellationToken.None);
    }

    // The data file refusing the first write, as a full disk would.
    private sealed class FailsFirstAppend : IJournalStore
    {
        private int appends;

        public TaskCompletionSource FirstAppendFailed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool KeepsBodies => false;

        public Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref appends) == 1)
            {
                FirstAppendFailed.TrySetResult();
                throw new IOException("database or disk is full");
            }

            return Task.CompletedTask;
        }

        public Task AppendBehindAsync(JournalEntry entry, CancellationToken cancellationToken) => AppendAsync(entry, cancellationToken);

        public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<JournalEntry>> NewestAsync(int count, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<JournalEntry>>([]);

        public Task<JournalEntry?> FindAsync(long id, CancellationToken cancellationToken) => Task.FromResult<JournalEntry?>(null);

        public Task<long> HighestIdAsync(CancellationToken cancellationToken) => Task.FromResult(0L);

        public Task<int> ResetAsync(State.ResetScope scope, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task<(int Deleted, long? LowestKept)> PruneAsync(DateTimeOffset oldestKept, int maxEntries, long maxBytes, CancellationToken cancellationToken) =>
            Task.FromResult<(int, long?)>((0, null));
    }

    // Every delivery is answered 200 with no body: never an acknowledgement, so the message stays pending.
    private sealed class Answers200 : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(new Handler());

        private sealed class Handler : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
