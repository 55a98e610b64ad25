namespace SpineConformance.SecondClient.Defects;

/// <summary>A mistake the second client can be switched to make, to see whether the suite notices it in a system it was not written beside.</summary>
public sealed record ClientDefect(string Id, string Description);
