namespace SpineConformance.Validation.Findings;

/// <summary>The layers in Spine's order: a failure in an earlier layer decides the response.</summary>
public enum ValidationLayer
{
    /// <summary>HTTP and SOAP header contract (<c>ErrorBaseTms.*</c>).</summary>
    Transport,

    /// <summary>HL7 wrapper and control act consistency (<c>ErrorBase1732.*</c>).</summary>
    Wrapper,

    /// <summary>Our XSD for the interaction.</summary>
    Schema,

    /// <summary>The interaction's payload rules (<c>ErrorBase1712.*</c> for ACS).</summary>
    Business,
}
