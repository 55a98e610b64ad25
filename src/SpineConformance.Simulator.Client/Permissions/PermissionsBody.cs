namespace SpineConformance.Simulator.Client;

/// <summary>A patient's permissions as JSON: <c>Yes</c>, <c>No</c> or <c>Ask</c> (no decision held) per function.</summary>
/// <param name="NhsNumber">The patient's NHS number.</param>
/// <param name="View"><c>Yes</c>, <c>No</c> or <c>Ask</c>.</param>
/// <param name="Store"><c>Yes</c>, <c>No</c> or <c>Ask</c>.</param>
public sealed record PermissionsBody(string? NhsNumber, string? View, string? Store)
{
    /// <summary>The JSON form of <paramref name="p"/>.</summary>
    public static PermissionsBody From(PatientPermissions p) =>
        new(p.NhsNumber.Value, p.View?.ToString() ?? "Ask", p.Store?.ToString() ?? "Ask");
}
