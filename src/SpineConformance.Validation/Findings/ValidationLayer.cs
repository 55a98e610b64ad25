namespace SpineConformance.Validation.Findings;

/// <summary>
/// The layers in the order that decides the response: a failure in an earlier layer wins. Spine's named payload
/// rules come before our schema, so that a client breaking a rule both check sees Spine's fault name (for example
/// <c>FUNCTION_CONTEXT_EMPTY</c>) rather than a schema message; schema errors decide only when no named rule fired.
/// </summary>
public enum ValidationLayer
{
    /// <summary>HTTP and SOAP header contract (<c>ErrorBaseTms.*</c>).</summary>
    Transport,

    /// <summary>HL7 wrapper and control act consistency (<c>ErrorBase1732.*</c>).</summary>
    Wrapper,

    /// <summary>The interaction's payload rules (<c>ErrorBase1712.*</c> for ACS).</summary>
    Business,

    /// <summary>Our XSD for the interaction.</summary>
    Schema,
}
