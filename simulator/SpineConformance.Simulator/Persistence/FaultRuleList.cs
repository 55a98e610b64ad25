using SpineConformance.Simulator.Faults;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// The fault rules in force, in id order, held in memory: the whole in-memory store, and what a persistent store matches
/// requests against so that an exchange with no matching rule never touches the storage.
/// </summary>
internal sealed class FaultRuleList
{
    private readonly Lock gate = new();
    private readonly List<FaultRule> rules = [];

    public FaultRuleList(IEnumerable<FaultRule>? initial = null) => rules.AddRange((initial ?? []).OrderBy(r => r.Id));

    /// <summary>Adds the rule in id order (concurrent adds may arrive out of order).</summary>
    public void Add(FaultRule rule)
    {
        lock (gate)
        {
            var index = rules.FindLastIndex(r => r.Id < rule.Id) + 1;
            rules.Insert(index, rule);
        }
    }

    /// <summary>Removes the rules <paramref name="match"/> accepts; returns their ids.</summary>
    public IReadOnlyList<long> RemoveWhere(Func<FaultRule, bool> match)
    {
        lock (gate)
        {
            var removed = rules.Where(match).Select(r => r.Id).ToList();
            rules.RemoveAll(r => removed.Contains(r.Id));
            return removed;
        }
    }

    public IReadOnlyList<FaultRule> Snapshot()
    {
        lock (gate)
        {
            return [.. rules];
        }
    }

    /// <summary>The first rule matching the request whose kind applies, with one use counted; null when none matches.</summary>
    public FaultRule? Take(FaultRequest request, Func<FaultKind, bool> applies)
    {
        lock (gate)
        {
            var index = rules.FindIndex(r => applies(r.Kind) && r.Matches(request));
            if (index < 0)
            {
                return null;
            }

            var rule = rules[index];
            if (rule.RemainingUses is { } remaining)
            {
                rules[index] = rule with { RemainingUses = remaining - 1 };
            }

            return rule;
        }
    }
}
