using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Seeding;

/// <summary>Applies the seed file named by <c>Simulator:SeedFile</c> at start, failing start with a message that names the problem.</summary>
internal static class SeedLoader
{
    public static void Apply(IServiceProvider services)
    {
        var path = services.GetRequiredService<IOptions<SimulatorOptions>>().Value.SeedFile;
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        var seed = SeedFile.Read(path);
        var problems = seed.Patients
            .Select(p => (p, NhsNumber.Parse(p.NhsNumber), Permission(p.View), Permission(p.Store)))
            .SelectMany(x => new[] { x.Item2.Error, x.Item3.Error, x.Item4.Error }.OfType<string>().Select(e => $"patient {x.p.NhsNumber}: {e}"))
            .Concat(seed.FaultRules.Select((rule, index) => rule.Problem() is { } problem ? $"fault rule {index + 1} ({rule.Kind}): {problem}" : null).OfType<string>())
            .Concat(seed.Directory is null ? [] : DirectoryProblems.Of(seed.Directory).Select(p => $"directory.{p}"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"The seed file '{path}' has {problems.Count} problem(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
        }

        if (seed.Directory is not null)
        {
            services.GetRequiredService<SpineDirectory>().Replace(seed.Directory);
        }

        var store = services.GetRequiredService<IPermissionStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var patient in seed.Patients)
        {
            store.SaveAsync(new PatientPermissions(NhsNumber.From(patient.NhsNumber), Permission(patient.View).Value, Permission(patient.Store).Value), now, CancellationToken.None)
                .GetAwaiter().GetResult();
        }

        // Fault rules outlive a restart in a data file, and the seed is applied at every start: a rule the store already
        // holds unchanged is not added again, so restarts do not pile up copies of the seed's rules.
        var faults = services.GetRequiredService<IFaultRuleStore>();
        var held = faults.ListAsync(CancellationToken.None).GetAwaiter().GetResult().Select(SameRule).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in seed.FaultRules.Where(r => !held.Contains(SameRule(r))))
        {
            faults.AddAsync(rule, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    private static string SameRule(FaultRule rule) => System.Text.Json.JsonSerializer.Serialize(rule with { Id = 0 }, SimulatorStorage.Json);

    private static (AcsPermission? Value, string? Error) Permission(string? text) => text switch
    {
        null or "" or "Ask" => (null, null),
        "Yes" => (AcsPermission.Yes, null),
        "No" => (AcsPermission.No, null),
        _ => (null, $"'{text}' is not a permission Spine holds; use Yes, No or Ask."),
    };
}
