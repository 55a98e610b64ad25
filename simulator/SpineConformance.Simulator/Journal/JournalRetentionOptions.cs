using System.ComponentModel.DataAnnotations;

namespace SpineConformance.Simulator.Journal;

/// <summary>
/// How much journal the SQLite file keeps: entries past any one limit are deleted in the background, oldest first, and
/// the space goes back to the file system. Bound from <c>Simulator:Retention</c>. The defaults keep a week of a
/// developer's traffic (about 10 exchanges a second in bursts) under about 1 GB.
/// </summary>
public sealed class JournalRetentionOptions
{
    public const string SectionName = "Simulator:Retention";

    /// <summary>Entries older than this are deleted. The default value is 7 days.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "36500.00:00:00", ErrorMessage = "Simulator:Retention:MaxAge must be between 1 minute and 36500 days.")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>At most this many entries are kept. The default value is 200,000.</summary>
    [Range(100, 100_000_000, ErrorMessage = "Simulator:Retention:MaxEntries must be between 100 and 100000000.")]
    public int MaxEntries { get; set; } = 200_000;

    /// <summary>At most this many bytes of message bodies and findings are kept. The default value is 768 MiB.</summary>
    [Range(1L << 20, 1L << 40, ErrorMessage = "Simulator:Retention:MaxBytes must be between 1 MiB and 1 TiB.")]
    public long MaxBytes { get; set; } = 768L << 20;

    /// <summary>How often the limits are applied (and once at start). The default value is 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Simulator:Retention:PruneInterval must be between 1 second and 1 day.")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(1);
}
