namespace SpineConformance.Hl7.Soap;

/// <summary>
/// A synchronous Spine interaction: what the client sends and what Spine answers with.
/// The SOAPAction and <c>wsa:Action</c> join service and interaction with a slash; SDS joins them with a colon.
/// </summary>
public sealed record SyncInteraction(
    string InteractionId,
    string Service,
    string ResponseInteractionId,
    string ResponseWrapper,
    string SuccessFromAddress,
    string ErrorFromAddress)
{
    public const string ServicePrefix = "urn:nhs:names:services:";

    public string Action => $"{Service}/{InteractionId}";

    public string ResponseAction => $"{Service}/{ResponseInteractionId}";

    /// <summary>The action of an <c>MCCI_IN010000UK13</c> error on this interaction's service.</summary>
    public string ErrorAction => $"{Service}/{Wrappers.Hl7Constants.McciApplicationAcknowledgement}";

    /// <summary>The SDS form, <c>service:interaction</c>, used in <c>nhsAsSvcIA</c>.</summary>
    public string SdsServiceInteraction => $"{Service}:{InteractionId}";
}
