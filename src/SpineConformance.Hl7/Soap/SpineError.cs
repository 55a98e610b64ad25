namespace SpineConformance.Hl7.Soap;

/// <summary>One <c>nasp:error</c> in a SOAP fault's <c>detail/nasp:errorList</c>.</summary>
public sealed record SpineError(string CodeContext, string ErrorCode, string Severity, string Location, string Description)
{
    /// <summary>The TMS code context as the MTH/TKW templates write it (plural). Spine samples from the MHS use the singular.</summary>
    public const string TmsCodeContext = "urn:nhs:names:errors:tms";

    /// <summary>tms 101: the SOAPAction names no service or interaction this URI supports.</summary>
    public static SpineError UnsupportedInteraction(string soapAction) => new(
        TmsCodeContext,
        "101",
        "Error",
        "HTTP Header - SOAPAction",
        $"The service/interaction is not supported for the requested URI: SOAPAction '{soapAction}'.");

    /// <summary>tms 101 for a request with no SOAPAction at all: nothing to route it by. The body's <c>wsa:Action</c>, when known, is what to send.</summary>
    public static SpineError MissingSoapAction(string? wsaAction) => new(
        TmsCodeContext,
        "101",
        "Error",
        "HTTP Header - SOAPAction",
        "The request has no SOAPAction header, and Spine routes synchronous requests by it: send SOAPAction with the same value as wsa:Action"
        + (string.IsNullOrWhiteSpace(wsaAction) ? " (<service URN>/<interaction id>)." : $" ('{wsaAction.Trim()}')."));

    /// <summary>tms 201: the body could not be read as a SOAP message; <paramref name="location"/> says which part of the request was at fault.</summary>
    public static SpineError NotWellFormed(string detail, string location = "Message") => new(TmsCodeContext, "201", "Error", location, detail);

    /// <summary>tms 200: a failure inside the service; retriable by Spine clients.</summary>
    public static SpineError SystemFailure(string detail) => new(TmsCodeContext, "200", "Error", "Message", detail);
}
