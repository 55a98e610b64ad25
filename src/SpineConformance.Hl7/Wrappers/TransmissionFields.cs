namespace SpineConformance.Hl7.Wrappers;

/// <summary>
/// The fields of the transmission wrapper (<c>MCCI_MT010101UK12</c>, or <c>MCCI_MT020101UK12</c> for
/// responses) that a sender chooses. Values are text so that tests can build deliberately wrong messages.
/// </summary>
public sealed record TransmissionFields(
    string Id,
    string CreationTime,
    string InteractionId,
    string ReceiverAsid,
    string SenderAsid,
    string VersionCode = Hl7Constants.VersionCode30)
{
    public string ProcessingCode { get; init; } = Hl7Constants.ProcessingProduction;

    public string ProcessingModeCode { get; init; } = Hl7Constants.ProcessingModeCurrent;

    public string AcceptAckCode { get; init; } = Hl7Constants.AcceptAckNever;

    /// <summary>The body root element's name; by default the interaction id. Differs only in deliberately broken messages.</summary>
    public string? RootElement { get; init; }
}
