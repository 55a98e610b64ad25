namespace SpineConformance.Hl7.Soap;

/// <summary>What Spine knows when it answers: its new ids and time, and the request it is answering.</summary>
public sealed record ResponseContext(
    string WsaMessageId,
    string Hl7MessageId,
    string CreationTime,
    string RequestWsaMessageId,
    string RequestHl7MessageId,
    string RequesterAsid,
    string SpineAsid);
