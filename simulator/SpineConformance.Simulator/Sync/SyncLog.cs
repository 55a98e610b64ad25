namespace SpineConformance.Simulator.Sync;

/// <summary>One structured log line per exchange, at Debug: the journal and the console are where exchanges are seen.</summary>
internal static partial class SyncLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug,
        Message = "{Interaction} NHS {NhsNumber} from ASID {Asid}: {Outcome} in {DurationMs} ms")]
    public static partial void Exchange(ILogger logger, string interaction, string nhsNumber, string asid, string outcome, int durationMs);
}
