namespace SpineConformance.Hl7.Ebxml;

/// <summary>What each <see cref="EbxmlPattern"/> requires of a header, from Spine's validators (TRANSPORT.md §3.3).</summary>
public static class EbxmlPatterns
{
    public static EbxmlPatternFlags RequiredFlags(this EbxmlPattern pattern) => pattern switch
    {
        EbxmlPattern.Express => new(false, null, null),
        EbxmlPattern.Reliable => new(true, EbxmlConstants.ToPartyMshActor, true),
        EbxmlPattern.ForwardReliable => new(true, EbxmlConstants.NextMshActor, false),
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern, "Not an ebXML pattern."),
    };

    /// <summary>
    /// The header with the pattern's elements set. Express gets a SyncReply: Spine ignores it there and the MHS sends it,
    /// so writing it matches what Spine sees from real clients.
    /// </summary>
    public static EbxmlHeader WithPattern(this EbxmlHeader header, EbxmlPattern pattern)
    {
        var flags = pattern.RequiredFlags();
        return header with
        {
            DuplicateElimination = flags.DuplicateElimination,
            AckRequested = flags.AckRequestedActor is { } actor ? new EbxmlAckRequested(actor) : null,
            SyncReply = flags.SyncReply ?? true,
        };
    }
}
