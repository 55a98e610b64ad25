namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>
/// How the SUT's MHS sends reliable ebXML messages to Spine and accepts Spine's replies. Binds from the
/// <c>ReferenceSut:Mhs</c> section; a real MHS reads most of these from SDS (TRANSPORT.md §3.6).
/// </summary>
public sealed class MhsOptions
{
    /// <summary>This system's MHS party key, sent as <c>eb:From</c> and expected as <c>eb:To</c>. The default value is <c>A12345-0000101</c>.</summary>
    public string PartyKey { get; set; } = MhsConstants.DefaultPartyKey;

    /// <summary>The <c>eb:CPAId</c> sent. The default value is <c>S200000000101</c>.</summary>
    public string CpaId { get; set; } = MhsConstants.DefaultCpaId;

    /// <summary>Spine's party key, sent as <c>eb:To</c>. The default value is <c>YES-0000806</c>.</summary>
    public string SpinePartyKey { get; set; } = MhsConstants.DefaultSpinePartyKey;

    /// <summary>The path, appended to the Spine base URL, that reliable requests are posted to. The default value is <c>/reliablemessaging/reliablerequest</c>.</summary>
    public string ReliablePath { get; set; } = MhsConstants.DefaultReliablePath;

    /// <summary>How many times a message is resent after a retriable answer (<c>nhsMHSRetries</c>). The default value is 2; 0 to 10.</summary>
    public int Retries { get; set; } = MhsConstants.DefaultRetries;

    /// <summary>How long to wait before each resend (<c>nhsMHSRetryInterval</c>). The default value is 2 seconds; more than zero, at most the persist duration.</summary>
    public TimeSpan RetryInterval { get; set; } = MhsConstants.DefaultRetryInterval;

    /// <summary>
    /// How long a sent message may still be resent, and how long a received MessageId is remembered for duplicate
    /// elimination (<c>nhsMHSPersistDuration</c>). The default value is 5 minutes.
    /// </summary>
    public TimeSpan PersistDuration { get; set; } = MhsConstants.DefaultPersistDuration;

    /// <summary>The full address reliable requests go to.</summary>
    public Uri ReliableEndpoint(string spineBaseUrl) => new(spineBaseUrl.TrimEnd('/') + "/" + ReliablePath.TrimStart('/'));
}
