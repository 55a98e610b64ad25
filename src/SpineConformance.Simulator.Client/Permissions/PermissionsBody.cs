namespace SpineConformance.Simulator.Client;

/// <summary>A patient's permissions as JSON: <c>Yes</c>, <c>No</c> or <c>Ask</c> (no decision held) per function.</summary>
public sealed record PermissionsBody(string? NhsNumber, string? View, string? Store)
{
    public static PermissionsBody From(PatientPermissions p) =>
        new(p.NhsNumber.Value, p.View?.ToString() ?? "Ask", p.Store?.ToString() ?? "Ask");
}
