namespace SpineConformance.Simulator.Client;

/// <summary>
/// An MHS's reliability attributes in SDS (<c>nhsMHSRetries</c>, <c>nhsMHSRetryInterval</c>,
/// <c>nhsMHSPersistDuration</c>, <c>nhsMHSDuplicateElimination</c>, <c>nhsMHSAckRequested</c>,
/// <c>nhsMHSSyncReplyMode</c>). Spine uses the receiver's settings when it sends asynchronous replies.
/// </summary>
public sealed record ReliabilitySettings
{
    /// <summary>The most resends a system may ask for.</summary>
    public const int MaxRetries = 20;

    /// <summary>The shortest wait between attempts: shorter would turn one reply into a burst of requests.</summary>
    public static readonly TimeSpan MinRetryInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait between attempts.</summary>
    public static readonly TimeSpan MaxRetryInterval = TimeSpan.FromHours(1);

    /// <summary>The longest persist duration: a queued reply is given up after at most this long.</summary>
    public static readonly TimeSpan MaxPersistDuration = TimeSpan.FromDays(1);

    /// <summary>Resends after the first attempt, 0 to <see cref="MaxRetries"/>. The default value is 2.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The wait between attempts, <see cref="MinRetryInterval"/> to <see cref="MaxRetryInterval"/>. The default value is 30 seconds.</summary>
    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a message id is remembered for duplicate elimination, and how long delivery is tried, up to <see cref="MaxPersistDuration"/>. The default value is 5 minutes (<c>PT5M</c>).</summary>
    public TimeSpan PersistDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary><c>always</c> or <c>never</c>. The default value is <c>always</c>.</summary>
    public string DuplicateElimination { get; init; } = "always";

    /// <summary><c>always</c> or <c>never</c>. The default value is <c>always</c>.</summary>
    public string AckRequested { get; init; } = "always";

    /// <summary><c>MSHSignalsOnly</c> or <c>none</c>. The default value is <c>MSHSignalsOnly</c>.</summary>
    public string SyncReplyMode { get; init; } = "MSHSignalsOnly";
}
