namespace SpineConformance.Hl7.Lr;

/// <summary>
/// An asynchronous (ebXML reliable) Spine interaction: the request, the business response Spine sends back as a separate
/// ebXML message, and the failure interaction sent instead when the request is rejected.
/// </summary>
public sealed record AsyncInteraction(string InteractionId, string Service, string ResponseInteractionId, string FailureInteractionId)
{
    /// <summary>The ebXML <c>eb:Action</c>: the interaction id alone (<c>eb:Service</c> carries the service).</summary>
    public string EbXmlAction => InteractionId;

    /// <summary>The HTTP <c>SOAPAction</c> conventionally sent with the ebXML message: service and interaction joined by a slash.</summary>
    public string SoapAction => $"{Service}/{InteractionId}";

    public string ResponseSoapAction => $"{Service}/{ResponseInteractionId}";

    /// <summary>The SDS form, <c>service:interaction</c>, used in <c>nhsAsSvcIA</c>.</summary>
    public string SdsServiceInteraction => $"{Service}:{InteractionId}";
}
