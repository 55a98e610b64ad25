namespace SpineConformance.Validation.Findings;

/// <summary>How much a finding matters. Only errors make a message invalid.</summary>
public enum Severity
{
    Error,
    Warning,
    Information,
}
