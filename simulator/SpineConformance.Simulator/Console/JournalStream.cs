using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.WebConsole;

/// <summary>
/// New journal entries as Server-Sent Events, so the console's list is live without polling. Each event is an
/// <c>entry</c> whose id is the journal id; a reconnecting client sends <c>Last-Event-ID</c> and gets what it missed
/// (as far as memory still holds it).
/// </summary>
internal static class JournalStream
{
    public const string EventType = "entry";

    // A slow reader loses its oldest events rather than holding memory; it can reload the list.
    private const int Backlog = 1000;

    // Written before any event so the browser's EventSource opens at once: "retry" is a field, not an event.
    private static readonly byte[] Preamble = "retry: 2000\n\n"u8.ToArray();

    public static async Task Stream(
        RequestJournal journal,
        IHostApplicationLifetime lifetime,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        HttpContext context,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventId,
        long? after,
        AdminCaller caller)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Body.WriteAsync(Preamble, context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);

        var resumeAfter = long.TryParse(lastEventId, out var last) ? last : after;
        var options = json.Value.SerializerOptions;
        await SseFormatter.WriteAsync(
            Summaries(journal, caller, resumeAfter, context.RequestAborted, lifetime.ApplicationStopping),
            response.Body,
            (item, buffer) =>
            {
                using var writer = new Utf8JsonWriter(buffer);
                JsonSerializer.Serialize(writer, item.Data, options);
            },
            CancellationToken.None);
    }

    private static async IAsyncEnumerable<SseItem<JournalSummary>> Summaries(
        RequestJournal journal, AdminCaller caller, long? resumeAfter, CancellationToken requestAborted, [EnumeratorCancellation] CancellationToken stopping = default)
    {
        // Ends cleanly when the client leaves or the simulator stops, so shutdown never waits on an open console.
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, stopping);
        var arrived = Channel.CreateBounded<JournalEntry>(new BoundedChannelOptions(Backlog)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        // A tenant's stream carries only its own systems' exchanges.
        void OnEntryAdded(object? sender, JournalEntry entry)
        {
            if (caller.Owns(entry))
            {
                arrived.Writer.TryWrite(entry);
            }
        }

        journal.EntryAdded += OnEntryAdded;
        try
        {
            // Subscribed first, then replayed: an entry added in between comes by both ways and is sent once.
            var replayed = new HashSet<long>();
            if (resumeAfter is { } afterId)
            {
                foreach (var entry in journal.Snapshot().Where(e => e.Id > afterId && caller.Owns(e)))
                {
                    replayed.Add(entry.Id);
                    yield return Item(entry);
                }
            }

            while (await WaitToReadAsync(arrived.Reader, ended.Token))
            {
                while (arrived.Reader.TryRead(out var entry))
                {
                    if (!replayed.Contains(entry.Id))
                    {
                        yield return Item(entry);
                    }
                }
            }
        }
        finally
        {
            journal.EntryAdded -= OnEntryAdded;
        }
    }

    private static SseItem<JournalSummary> Item(JournalEntry entry) =>
        new(JournalSummary.From(entry), EventType) { EventId = entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static async Task<bool> WaitToReadAsync(ChannelReader<JournalEntry> reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.WaitToReadAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
