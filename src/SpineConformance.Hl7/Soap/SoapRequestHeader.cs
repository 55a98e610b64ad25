namespace SpineConformance.Hl7.Soap;

/// <summary>
/// The SOAP header of a synchronous request, in Spine's order: MessageID, Action, To, From,
/// communicationFunctionRcv, communicationFunctionSnd, ReplyTo. Values are text so tests can break them.
/// </summary>
public sealed record SoapRequestHeader(
    string MessageId,
    string Action,
    string To,
    string ReceiverAsid,
    string SenderAsid)
{
    public string? FromAddress { get; init; }

    public string? ReplyToAddress { get; init; }
}
