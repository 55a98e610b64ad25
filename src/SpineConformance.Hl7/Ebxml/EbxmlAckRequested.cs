namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// An <c>eb:AckRequested</c> element and the MSH it asks to acknowledge: the end party (<c>toPartyMSH</c>, reliable)
/// or the next hop (<c>nextMSH</c>, forward reliable through Spine). Text-valued so a reader keeps an actor it does not know.
/// </summary>
public sealed record EbxmlAckRequested(string Actor)
{
    public static EbxmlAckRequested ToPartyMsh { get; } = new(EbxmlConstants.ToPartyMshActor);

    public static EbxmlAckRequested NextMsh { get; } = new(EbxmlConstants.NextMshActor);
}
