using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Journal;

namespace SpineConformance.Simulator.Transport;

/// <summary>
/// The one place an exchange on either transport (synchronous SOAP or ebXML) is finished: the answer is spoiled the way a
/// transport fault rule says (cut short, emptied; the journal keeps the bytes that actually leave), the journal entry is
/// added, one log line is written (at Debug: the journal and the console are where exchanges are seen; <c>--log-level
/// Debug</c> brings the lines back), and the answer to send is returned with the fault that decides how it travels.
/// An exchange that may change state has its entry committed before the answer; a read-only one (Get, Has, an LR query)
/// has it written behind in a batch (<see cref="RequestJournal.AddBehindAsync"/>), and a clean stop writes what waits.
/// </summary>
internal sealed class ExchangeRecorder(RequestJournal journal, TimeProvider time, ILogger<ExchangeRecorder> logger)
{
    /// <summary>When an exchange began: its time for the journal, and a timestamp its duration is measured from.</summary>
    public ExchangeStart Start() => new(time.GetUtcNow(), time.GetTimestamp());

    /// <param name="start">From <see cref="Start"/>; null when nothing was processed (a body that could not be read).</param>
    /// <param name="entry">The entry as the dispatcher knows it: its <see cref="JournalEntry.ResponseBody"/> is the answer as built.</param>
    /// <param name="transport">A transport fault rule to apply to the answer on its way back, if one applies.</param>
    /// <param name="readOnly">Whether the exchange changed no state, so its entry may be written behind.</param>
    public async Task<SpineHttpAnswer> RecordAsync(
        ExchangeStart? start, JournalEntry entry, string? answerContentType, FaultRule? transport, bool readOnly)
    {
        var sent = entry.ResponseBody;
        var outcome = entry.Outcome;
        if (transport is not null)
        {
            sent = TransportFaults.Sent(transport.Kind, sent);
            outcome = $"{outcome}; then {transport.Kind} ({transport})";
        }

        var elapsed = start is { } began ? time.GetElapsedTime(began.Timestamp) : TimeSpan.Zero;
        var recorded = entry with
        {
            Id = journal.NextId(),
            ReceivedAt = start?.ReceivedAt ?? time.GetUtcNow(),
            Duration = elapsed,
            ResponseBody = sent,
            Outcome = outcome,
        };
        if (readOnly)
        {
            await journal.AddBehindAsync(recorded);
        }
        else
        {
            await journal.AddAsync(recorded);
        }

        ExchangeLog.Exchange(logger, entry.Path, entry.InteractionId ?? "(none)", entry.NhsNumber ?? "-", entry.SenderAsid ?? "-", outcome,
            (int)elapsed.TotalMilliseconds);
        return new SpineHttpAnswer(entry.StatusCode, answerContentType, sent, time, transport);
    }
}

/// <summary>When an exchange began, as <see cref="ExchangeRecorder.Start"/> took it.</summary>
internal readonly record struct ExchangeStart(DateTimeOffset ReceivedAt, long Timestamp);

/// <summary>One structured log line per exchange, at Debug: the journal and the console are where exchanges are seen.</summary>
internal static partial class ExchangeLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "{Path} {Interaction} NHS {NhsNumber} from ASID {Asid}: {Outcome} in {DurationMs} ms")]
    public static partial void Exchange(ILogger logger, string path, string interaction, string nhsNumber, string asid, string outcome, int durationMs);
}
