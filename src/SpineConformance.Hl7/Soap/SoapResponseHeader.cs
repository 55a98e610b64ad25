namespace SpineConformance.Hl7.Soap;

/// <summary>
/// The SOAP header of a synchronous response: a new MessageID, the response action, an empty To,
/// Spine's From address, the swapped ASIDs and RelatesTo pointing at the request's MessageID.
/// </summary>
public sealed record SoapResponseHeader(
    string MessageId,
    string Action,
    string FromAddress,
    string ReceiverAsid,
    string SenderAsid,
    string RelatesTo);
