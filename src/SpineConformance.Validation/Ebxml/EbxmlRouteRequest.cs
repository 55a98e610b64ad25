using SpineConformance.Hl7.Ebxml;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// An ebXML request whose packaging and header have passed, as Spine's MHS routes it: the header, the HTTP
/// <c>SOAPAction</c> header as sent and the action it names (unquoted, normalised by the endpoint), whether the endpoint
/// serves the header's Service/Action on the path it was sent to, and the party key Spine answers to (a setting of the
/// simulator's directory, so it travels with the request rather than sitting in a constant).
/// </summary>
public sealed record EbxmlRouteRequest(
    EbxmlHeader Header,
    string? SoapActionHeader,
    string? Action,
    bool ActionServed,
    string SpinePartyKey);
