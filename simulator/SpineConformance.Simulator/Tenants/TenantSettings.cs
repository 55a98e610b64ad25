namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// A tenant set up from configuration (<c>Simulator:Tenants:N:…</c>), so a hosted simulator needs no calls to be ready:
/// applied at every start, adding the tenant or bringing its key hash and systems up to date by name.
/// </summary>
public sealed class TenantSettings
{
    public const string SectionName = "Simulator:Tenants";

    /// <summary>The tenant's name, unique. Required.</summary>
    public string? Name { get; set; }

    /// <summary>The SHA-256 of its API key, 64 hex digits (e.g. <c>printf %s "$KEY" | sha256sum</c>); the key itself is never configured. Required.</summary>
    public string? KeySha256 { get; set; }

    /// <summary>The ASIDs it owns. The default value is none.</summary>
    public IList<string> Asids { get; } = [];

    /// <summary>The MHS party keys it owns. The default value is none.</summary>
    public IList<string> PartyKeys { get; } = [];

    /// <summary>Every tenant under <c>Simulator:Tenants</c>, or every problem with them, each naming the setting.</summary>
    public static (IReadOnlyList<TenantSettings> Tenants, IReadOnlyList<string> Problems) Read(IConfiguration configuration)
    {
        var known = new[] { nameof(Name), nameof(KeySha256), nameof(Asids), nameof(PartyKeys) };
        var tenants = new List<TenantSettings>();
        var problems = new List<string>();
        foreach (var item in configuration.GetSection(SectionName).GetChildren())
        {
            foreach (var unknown in item.GetChildren().Where(c => !known.Contains(c.Key, StringComparer.OrdinalIgnoreCase)))
            {
                problems.Add($"The setting '{unknown.Path}' is not one a tenant has; use {string.Join(", ", known)}.");
            }

            var settings = item.Get<TenantSettings>() ?? new TenantSettings();
            tenants.Add(settings);
            problems.AddRange(TenantSystemsCheck.Problems(settings.Asids.ToList(), settings.PartyKeys.ToList()).Select(p => $"{item.Path}: {p}"));
            if (string.IsNullOrWhiteSpace(settings.Name))
            {
                problems.Add($"{item.Path}:Name is missing: every tenant needs a name.");
            }

            if (!TenantKey.IsSha256(settings.KeySha256))
            {
                problems.Add($"{item.Path}:KeySha256 must be the SHA-256 of the tenant's key as 64 hex digits; '{settings.KeySha256}' is not.");
            }
        }

        foreach (var twice in tenants.Where(t => t.Name is not null).GroupBy(t => t.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"{SectionName} names the tenant '{twice.Key}' {twice.Count()} times; names are unique.");
        }

        return (tenants, problems);
    }
}
