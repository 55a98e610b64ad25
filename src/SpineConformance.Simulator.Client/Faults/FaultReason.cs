namespace SpineConformance.Simulator.Client;

/// <summary>One reason of a <see cref="FaultKind.BusinessError"/>'s AE: its code and, optionally, its text (the display name).</summary>
public sealed record FaultReason(string Code, string? Text = null);
