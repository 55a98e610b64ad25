using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Simulator.Tenants;

/// <summary>What is wrong with a list of systems given for a tenant, each problem naming the value.</summary>
internal static class TenantSystemsCheck
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<string?>? asids, IReadOnlyList<string?>? partyKeys)
    {
        var problems = new List<string>();
        foreach (var asid in asids ?? [])
        {
            if (Asid.Parse(asid) is { Success: false } refused)
            {
                problems.Add($"asid '{asid}': {refused.Error}");
            }
        }

        foreach (var partyKey in partyKeys ?? [])
        {
            if (PartyKey.Parse(partyKey) is { Success: false } refused)
            {
                problems.Add($"party key '{partyKey}': {refused.Error}");
            }
        }

        return problems;
    }

    /// <summary>The systems another tenant already owns, in words; empty when none is.</summary>
    public static IReadOnlyList<string> Taken(TenantSystems systems, IEnumerable<Tenant> others)
    {
        var taken = new List<string>();
        foreach (var other in others)
        {
            taken.AddRange(systems.Asids.Where(other.Systems.OwnsAsid).Select(a => $"ASID {a} belongs to tenant '{other.Name}'"));
            taken.AddRange(systems.PartyKeys.Where(other.Systems.OwnsPartyKey).Select(k => $"party key {k} belongs to tenant '{other.Name}'"));
        }

        return taken;
    }
}
