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

    /// <summary>tms 201: the body could not be read as a SOAP message.</summary>
    public static SpineError NotWellFormed(string detail) => new(TmsCodeContext, "201", "Error", "Message", detail);

    /// <summary>tms 200: a failure inside the service; retriable by Spine clients.</summary>
    public static SpineError SystemFailure(string detail) => new(TmsCodeContext, "200", "Error", "Message", detail);
}
