namespace SpineConformance.Simulator.Client;

/// <summary>One reason of a <see cref="FaultKind.BusinessError"/>'s AE: its code and, optionally, its text (the display name).</summary>
/// <param name="Code">The reason's code, e.g. <c>35506</c>.</param>
/// <param name="Text">Its text (display name). The default value is none.</param>
public sealed record FaultReason(string Code, string? Text = null);
