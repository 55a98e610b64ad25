namespace SpineConformance.SecondClient.Mhs;

/// <summary>The ebXML header fields of a message Spine sent this system.</summary>
internal sealed record ReceivedHeader(
    string From, string To, string CpaId, string ConversationId, string Service, string Action, string MessageId, string? RefToMessageId);
