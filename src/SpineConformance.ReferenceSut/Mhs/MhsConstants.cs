namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>Defaults and names of the SUT's MHS (its ebXML side), in one place so the docs, options and endpoints agree.</summary>
public static class MhsConstants
{
    /// <summary>This system's MHS party key: <c>eb:From</c> on what it sends, and the <c>eb:To</c> it accepts.</summary>
    public const string DefaultPartyKey = "A12345-0000101";

    public const string DefaultCpaId = "S200000000101";

    /// <summary>Spine's own MHS party key (TRANSPORT.md §3.2).</summary>
    public const string DefaultSpinePartyKey = "YES-0000806";

    /// <summary>Spine's path for async reliable requests (TRANSPORT.md §3.3).</summary>
    public const string DefaultReliablePath = "/reliablemessaging/reliablerequest";

    /// <summary>The SDS <c>nhsMHSRetries</c> of the real OpenTest entry quoted in TRANSPORT.md §3.6.</summary>
    public const int DefaultRetries = 2;

    /// <summary>The most retries accepted: a typo such as 200 would hold a test-hook call for minutes.</summary>
    public const int MaxRetries = 10;

    /// <summary>Where Spine posts async replies to this system; what gets registered as its <c>nhsMHSEndPoint</c>.</summary>
    public const string InboundPath = "/mhs/inbound";

    /// <summary>
    /// Shorter than SDS's usual <c>PT1M</c> so a scenario that provokes a retry finishes quickly; a real MHS takes it from SDS.
    /// </summary>
    public static readonly TimeSpan DefaultRetryInterval = TimeSpan.FromSeconds(2);

    /// <summary>The <c>nhsMHSPersistDuration</c> of <c>lrs</c>-like services (TRANSPORT.md §3.6).</summary>
    public static readonly TimeSpan DefaultPersistDuration = TimeSpan.FromMinutes(5);

    /// <summary>Larger than any LR reply, small enough that a runaway message cannot exhaust memory.</summary>
    public const int MaxInboundBytes = 4 * 1024 * 1024;
}
