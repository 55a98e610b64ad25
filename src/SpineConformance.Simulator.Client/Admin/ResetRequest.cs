namespace SpineConformance.Simulator.Client;

/// <summary>What <c>POST /admin/reset</c> forgets: exactly one of one patient, one client system's ASID, or everything.</summary>
public sealed record ResetRequest(string? NhsNumber, string? Asid, bool? Everything);
