namespace SpineConformance.Simulator.Lr;

internal sealed class InMemoryRelationshipStore : IRelationshipStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LegitimateRelationship> relationships = new(StringComparer.Ordinal);
    private readonly List<PrivacyAlert> alerts = [];
    private long lastAlertId;

    public Task<LegitimateRelationship> AddAsync(LegitimateRelationship relationship)
    {
        lock (gate)
        {
            relationships.Add(relationship.Id, relationship);
            return Task.FromResult(relationship);
        }
    }

    public Task<LegitimateRelationship?> AddForPatientAsync(string nhsNumber, Func<IReadOnlyList<LegitimateRelationship>, LegitimateRelationship?> create)
    {
        lock (gate)
        {
            var held = relationships.Values.Where(r => r.NhsNumber == nhsNumber).OrderBy(r => r.StartedAt).ToList();
            if (create(held) is not { } made)
            {
                return Task.FromResult<LegitimateRelationship?>(null);
            }

            relationships.Add(made.Id, made);
            return Task.FromResult<LegitimateRelationship?>(made);
        }
    }

    public LegitimateRelationship? Find(string id)
    {
        lock (gate)
        {
            return relationships.GetValueOrDefault(id);
        }
    }

    public IReadOnlyList<LegitimateRelationship> ForPatient(string nhsNumber)
    {
        lock (gate)
        {
            return relationships.Values.Where(r => r.NhsNumber == nhsNumber).OrderBy(r => r.StartedAt).ToList();
        }
    }

    public IReadOnlyList<LegitimateRelationship> All()
    {
        lock (gate)
        {
            return [.. relationships.Values.OrderBy(r => r.StartedAt)];
        }
    }

    public Task<LrTransition> UpdateAsync(string id, Func<LegitimateRelationship, LrTransition> change)
    {
        lock (gate)
        {
            if (!relationships.TryGetValue(id, out var current))
            {
                return Task.FromResult(LrTransition.Refused(LrRefusal.NotFound, $"No LR with id {id}."));
            }

            var outcome = change(current);
            if (outcome.Changed is { } changed)
            {
                relationships[id] = changed;
            }

            return Task.FromResult(outcome);
        }
    }

    public Task<PrivacyAlert> RaiseAlertAsync(DateTimeOffset at, string lrId, string nhsNumber, string reason, LrActor by)
    {
        lock (gate)
        {
            var alert = new PrivacyAlert(++lastAlertId, at, lrId, nhsNumber, reason, by);
            alerts.Add(alert);
            return Task.FromResult(alert);
        }
    }

    public (int Relationships, int Alerts) Reset(State.ResetScope scope)
    {
        if (!scope.ReachesPatientState)
        {
            return (0, 0);
        }

        lock (gate)
        {
            var forgotten = relationships.Values.Where(r => scope.NhsNumber is null || r.NhsNumber == scope.NhsNumber).Select(r => r.Id).ToList();
            forgotten.ForEach(id => relationships.Remove(id));
            return (forgotten.Count, alerts.RemoveAll(a => scope.NhsNumber is null || a.NhsNumber == scope.NhsNumber));
        }
    }

    public IReadOnlyList<PrivacyAlert> Alerts()
    {
        lock (gate)
        {
            return [.. alerts];
        }
    }
}
