namespace SpineConformance.Simulator.Errors;

/// <summary>The shapes Spine answers an invalid request with.</summary>
public enum ErrorResponseKind
{
    /// <summary>HTTP 200 with an <c>MCCI_IN010000UK13</c> AE inside the interaction's response wrapper.</summary>
    ApplicationError,

    /// <summary>HTTP 500 with a SOAP fault and <c>nasp:errorList</c>.</summary>
    SoapFault,
}
