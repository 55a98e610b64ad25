namespace SpineConformance.Hl7.Wrappers;

/// <summary><c>acknowledgement/@typeCode</c> values (MIM AcknowledgementType).</summary>
public enum AcknowledgementType
{
    /// <summary>Application Acknowledgement Accept: processed successfully.</summary>
    AA,

    /// <summary>Application Acknowledgement Error: an error in the content; details in the control act.</summary>
    AE,

    /// <summary>Application Acknowledgement Reject: failed for a reason unrelated to content or format.</summary>
    AR,
}

/// <summary>The <c>acknowledgement</c> of an application response: its type and the id of the message it answers.</summary>
public sealed record Acknowledgement(AcknowledgementType Type, string MessageRef);
