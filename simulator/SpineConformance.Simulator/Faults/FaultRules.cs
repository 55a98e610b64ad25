namespace SpineConformance.Simulator.Faults;

/// <summary>The fault rules in force, in order; the first rule that matches a request is used (and counted down).</summary>
public sealed class FaultRules
{
    private readonly Lock gate = new();
    private readonly List<FaultRule> rules = [];
    private long lastId;

    public FaultRule Add(FaultRule rule)
    {
        lock (gate)
        {
            var stored = rule with { Id = ++lastId };
            rules.Add(stored);
            return stored;
        }
    }

    public bool Remove(long id)
    {
        lock (gate)
        {
            return rules.RemoveAll(r => r.Id == id) > 0;
        }
    }

    /// <summary>Removes every rule that <paramref name="match"/> accepts; returns how many.</summary>
    public int RemoveWhere(Func<FaultRule, bool> match)
    {
        lock (gate)
        {
            return rules.RemoveAll(r => match(r));
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    public IReadOnlyList<FaultRule> Snapshot()
    {
        lock (gate)
        {
            return [.. rules];
        }
    }

    /// <summary>
    /// The first rule matching the request whose kind <paramref name="applies"/> to its transport, counted as used;
    /// <see langword="null"/> when none matches.
    /// </summary>
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
