using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Hl7.Soap;

/// <summary>
/// What a client decides about one synchronous request besides its payload: ids, time, addressing,
/// the sending system and the user. Text-valued so a test can build the mistakes it wants to catch.
/// </summary>
public sealed record OutgoingRequest(
    string WsaMessageId,
    string Hl7MessageId,
    string CreationTime,
    string To,
    string SpineAsid,
    string SenderAsid,
    AuthorPerson? Author)
{
    /// <summary>The <c>versionCode</c> sent. The default value is <c>V3NPfIT3.0</c>, as the SCR FHIR API sends.</summary>
    public string VersionCode { get; init; } = Hl7Constants.VersionCode30;

    /// <summary>The ASIDs in <c>author1</c>; the default value is the sender ASID alone.</summary>
    public IReadOnlyList<string>? Author1Asids { get; init; }

    /// <summary>Overrides for the header ASIDs; by default they equal the body's.</summary>
    public string? HeaderSpineAsid { get; init; }

    public string? HeaderSenderAsid { get; init; }

    /// <summary>Overrides the <c>wsa:Action</c>; by default it is the interaction's action.</summary>
    public string? Action { get; init; }

    /// <summary>Overrides the <c>interactionId/@extension</c>; by default it is the root element's name.</summary>
    public string? InteractionIdOverride { get; init; }
}
