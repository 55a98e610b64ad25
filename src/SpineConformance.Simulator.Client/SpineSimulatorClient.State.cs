using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Simulator.Client;

// Patients' permissions, their LRs and privacy alerts.
public sealed partial class SpineSimulatorClient
{
    /// <summary>Sets a patient's permissions directly (no message); the history records the administrator as the author.</summary>
    public async Task<PatientPermissions> SeedPermissionsAsync(PatientPermissions permissions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var held = await PutAsync<PermissionsBody, PermissionsBody>(PatientPath(permissions.NhsNumber), PermissionsBody.From(permissions), cancellationToken);
        return ToPermissions(permissions.NhsNumber, held);
    }

    /// <summary>The permissions Spine holds for a patient; <see langword="null"/> values where no decision is held.</summary>
    public async Task<PatientPermissions> GetPermissionsAsync(NhsNumber nhsNumber, CancellationToken cancellationToken = default) =>
        ToPermissions(nhsNumber, await GetAsync<PermissionsBody>(PatientPath(nhsNumber), cancellationToken));

    /// <summary>Every change to a patient's permissions, oldest first, including Sets that repeated the held value.</summary>
    public Task<IReadOnlyList<PermissionChange>> GetPermissionHistoryAsync(NhsNumber nhsNumber, CancellationToken cancellationToken = default) =>
        GetEveryPageAsync<PermissionChange>(new Uri(PatientPath(nhsNumber) + "/history", UriKind.Relative), cancellationToken);

    /// <summary>Every legitimate relationship the simulator holds, or only a patient's when <paramref name="nhsNumber"/> is given.</summary>
    public Task<IReadOnlyList<LegitimateRelationship>> GetRelationshipsAsync(string? nhsNumber = null, CancellationToken cancellationToken = default) =>
        GetEveryPageAsync<LegitimateRelationship>(
            new Uri(nhsNumber is null ? "/admin/lr" : $"/admin/lr?nhsNumber={Uri.EscapeDataString(nhsNumber)}", UriKind.Relative), cancellationToken);

    /// <summary>
    /// Puts a legitimate relationship straight into the simulator's state (no message), as if Spine already held it, and
    /// returns it as held (with the id the simulator allocated when <see cref="LrSeed.Id"/> was not given).
    /// </summary>
    public Task<LegitimateRelationship> SeedRelationshipAsync(LrSeed seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return PostAsync<LrSeed, LegitimateRelationship>(new Uri("/admin/lr", UriKind.Relative), seed, cancellationToken);
    }

    /// <summary>One legitimate relationship by its id; <see cref="SpineSimulatorException"/> (404) when there is none.</summary>
    public Task<LegitimateRelationship> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<LegitimateRelationship>(new Uri($"/admin/lr/{Uri.EscapeDataString(id)}", UriKind.Relative), cancellationToken);

    /// <summary>Every privacy alert raised, oldest first.</summary>
    public Task<IReadOnlyList<PrivacyAlert>> GetAlertsAsync(CancellationToken cancellationToken = default) =>
        GetEveryPageAsync<PrivacyAlert>(new Uri("/admin/alerts", UriKind.Relative), cancellationToken);

    private static Uri PatientPath(NhsNumber nhsNumber) => new($"/admin/patients/{nhsNumber.Value}/permissions", UriKind.Relative);

    private static PatientPermissions ToPermissions(NhsNumber nhsNumber, PermissionsBody body) =>
        new(nhsNumber, Held(body.View), Held(body.Store));

    // Spine holds Yes or No; Ask means no decision.
    private static AcsPermission? Held(string? value) => value switch
    {
        "Yes" => AcsPermission.Yes,
        "No" => AcsPermission.No,
        _ => null,
    };
}
