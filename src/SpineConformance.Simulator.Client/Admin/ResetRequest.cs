namespace SpineConformance.Simulator.Client;

/// <summary>What <c>POST /admin/reset</c> forgets: exactly one of one patient, one client system's ASID, or everything.</summary>
/// <param name="NhsNumber">Forget this patient.</param>
/// <param name="Asid">Forget what this client system caused.</param>
/// <param name="Everything">Forget everything but the directory.</param>
public sealed record ResetRequest(string? NhsNumber, string? Asid, bool? Everything);
