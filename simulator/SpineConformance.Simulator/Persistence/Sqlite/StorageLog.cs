using Microsoft.Extensions.Logging;

namespace SpineConformance.Simulator.Persistence.Sqlite;

internal static partial class StorageLog
{
    [LoggerMessage(EventId = 80, Level = LogLevel.Information,
        Message = "The data file {Path} predates incremental vacuuming and is over {Limit} bytes, so it was not converted at start: space freed by retention is reused, but returned to the file system only after a manual VACUUM (with the simulator stopped: sqlite3 <file> VACUUM)")]
    public static partial void NotConvertedToIncrementalVacuum(ILogger logger, string path, long limit);
}
