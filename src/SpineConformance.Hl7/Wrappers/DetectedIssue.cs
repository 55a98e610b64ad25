namespace SpineConformance.Hl7.Wrappers;

/// <summary>
/// One <c>ControlActEvent/reason/justifyingDetectedIssueEvent/code</c>: a business error or warning.
/// Spine puts the general code first (e.g. 400 "Invalid Request") and specific codes after it.
/// </summary>
public sealed record DetectedIssue(string Code, string CodeSystem, string DisplayName, string Qualifier = "ER");
