namespace SpineConformance.Hl7.Ebxml;

/// <summary>Spine's asynchronous message patterns (TRANSPORT.md §3.3), each with its own required header elements.</summary>
public enum EbxmlPattern
{
    /// <summary>Async express ("unreliable"): no DuplicateElimination, no AckRequested.</summary>
    Express,

    /// <summary>Async reliable: DuplicateElimination, AckRequested to the end party, SyncReply; Spine answers 202 with an Acknowledgment.</summary>
    Reliable,

    /// <summary>Forward reliable through Spine as intermediary (GP2GP): DuplicateElimination, AckRequested to the next MSH, no SyncReply.</summary>
    ForwardReliable,
}
