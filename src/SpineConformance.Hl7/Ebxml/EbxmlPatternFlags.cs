namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// The header elements a pattern requires: whether <c>eb:DuplicateElimination</c> is present, the <c>eb:AckRequested</c>
/// actor (<see langword="null"/>: absent) and whether <c>eb:SyncReply</c> is present (<see langword="null"/>: Spine does
/// not check it).
/// </summary>
public readonly record struct EbxmlPatternFlags(bool DuplicateElimination, string? AckRequestedActor, bool? SyncReply);
