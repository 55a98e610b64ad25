using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence.Memory;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests;

/// <summary>Retry timing and duplicate elimination on an injected clock: nothing here sleeps or depends on real time.</summary>
public sealed class DeliveryClockTests
{
    [Test]
    public async Task UnacknowledgedReply_IsRetriedExactlyAtEachInterval_ThenGivenUp()
    {
        var clock = new FakeTimeProvider();
        var journal = new RequestJournal(Options.Create(new SimulatorOptions()));
        var outbox = new InMemoryOutbox();
        using var signal = new DeliverySignal();
        var sender = new ReplySender(new NoAcknowledgementClients(), new EbxmlAcknowledgmentCheck(), Options.Create(new DeliveryOptions()));
        using var worker = new DeliveryWorker(outbox, signal, sender, journal, clock, NullLogger<DeliveryWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        var start = clock.GetUtcNow();
        await outbox.EnqueueAsync(new OutboundMessage
        {
            Endpoint = new Uri("http://127.0.0.1:1/inbound"), ContentType = "text/xml", SoapAction = "urn:x/y", Body = [1], MessageId = "M1",
            ConversationId = "C1", MaxAttempts = 3, RetryInterval = TimeSpan.FromSeconds(30), NextAttemptAt = start, ExpiresAt = start.AddMinutes(5),
        }, CancellationToken.None);
        signal.Notify();

        await journal.WaitForAsync(e => e.Attempt == 1, TimeSpan.FromSeconds(10));
        await clock.WaitForPendingTimersAsync(1, TimeSpan.FromSeconds(10));
        Assert.That((await outbox.ListAsync(CancellationToken.None)).Single().NextAttemptAt, Is.EqualTo(start.AddSeconds(30)), "the next attempt is one interval later");

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.That(journal.Snapshot(), Has.Count.EqualTo(1), "nothing is sent before the interval has passed");

        clock.Advance(TimeSpan.FromSeconds(1));
        await journal.WaitForAsync(e => e.Attempt == 2, TimeSpan.FromSeconds(10));
        await clock.WaitForPendingTimersAsync(1, TimeSpan.FromSeconds(10));
        clock.Advance(TimeSpan.FromSeconds(30));
        var last = await journal.WaitForAsync(e => e.Attempt == 3, TimeSpan.FromSeconds(10));

        Assert.That(last.Outcome, Does.StartWith("undelivered after 3 attempt(s)"));
        Assert.That(journal.Snapshot().Select(e => e.ReceivedAt), Is.EqualTo(new[] { start, start.AddSeconds(30), start.AddSeconds(60) }));
        await worker.StopAsync(CancellationToken.None);
    }

    [Test]
    public void SleepUntil_NothingPending_WaitsForASignal_NeverSpins()
    {
        var now = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

        Assert.That(DeliveryWorker.SleepUntil(null, now), Is.EqualTo(Timeout.InfiniteTimeSpan), "an idle worker sleeps until a reply is queued");
        Assert.That(DeliveryWorker.SleepUntil(now.AddSeconds(-5), now), Is.EqualTo(TimeSpan.Zero), "an overdue message is sent at once");
        Assert.That(DeliveryWorker.SleepUntil(now.AddSeconds(30), now), Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public async Task DuplicateElimination_RemembersForThePersistDuration_ThenForgets()
    {
        var clock = new FakeTimeProvider();
        var duplicates = new DuplicateElimination(new InMemoryMessageIdStore(), clock);
        var processed = 0;
        Task<AsyncHttpAnswer> Process() => Task.FromResult(new AsyncHttpAnswer(202, null, [(byte)++processed], "ok"));

        var first = await duplicates.ProcessOnceAsync(ReliableMessageId.From("M1"), TimeSpan.FromMinutes(5), Process, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(4));
        var again = await duplicates.ProcessOnceAsync(ReliableMessageId.From("M1"), TimeSpan.FromMinutes(5), Process, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        var later = await duplicates.ProcessOnceAsync(ReliableMessageId.From("M1"), TimeSpan.FromMinutes(5), Process, CancellationToken.None);

        Assert.That((first.IsDuplicate, again.IsDuplicate, later.IsDuplicate), Is.EqualTo((false, true, false)));
        Assert.That(again.Answer.Body, Is.EqualTo(first.Answer.Body), "a duplicate gets the original answer");
        Assert.That(processed, Is.EqualTo(2), "processed once per persist duration");
    }

    // Every delivery is answered 200 with no body: never an acknowledgement.
    private sealed class NoAcknowledgementClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(new Answer200());

        private sealed class Answer200 : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
