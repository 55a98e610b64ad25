namespace SpineConformance.Simulator.Errors;

/// <summary>
/// How one Spine fault name is answered: the shape, and the specific code and text that follow the
/// general reason (400 "Invalid Request") in an AE, or the TMS error code of a SOAP fault.
/// </summary>
public sealed record ErrorResponse(string FaultName, ErrorResponseKind Kind, string Code, string DisplayName)
{
    /// <summary>Where this mapping comes from: a public sample, or our documented choice.</summary>
    public string Basis { get; init; } = "[I] our choice: Spine's numeric code for this fault is not public";
}
