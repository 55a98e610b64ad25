namespace SpineConformance.Simulator.Lr;

internal sealed class InMemoryRelationshipStore : IRelationshipStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LegitimateRelationship> relationships = new(StringComparer.Ordinal);
    private readonly List<PrivacyAlert> alerts = [];
    private long lastAlertId;

    public LegitimateRelationship Add(LegitimateRelationship relationship)
    {
        lock (gate)
        {
            relationships.Add(relationship.Id, relationship);
            return relationship;
        }
    }

    public LegitimateRelationship? AddForPatient(string nhsNumber, Func<IReadOnlyList<LegitimateRelationship>, LegitimateRelationship?> create)
    {
        lock (gate)
        {
            var held = relationships.Values.Where(r => r.NhsNumber == nhsNumber).OrderBy(r => r.StartedAt).ToList();
            if (create(held) is not { } made)
            {
                return null;
            }

            relationships.Add(made.Id, made);
            return made;
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

    public LrTransition Update(string id, Func<LegitimateRelationship, LrTransition> change)
    {
        lock (gate)
        {
            if (!relationships.TryGetValue(id, out var current))
            {
                return LrTransition.Refused(LrRefusal.NotFound, $"No LR with id {id}.");
            }

            var outcome = change(current);
            if (outcome.Changed is { } changed)
            {
                relationships[id] = changed;
            }

            return outcome;
        }
    }

    public PrivacyAlert RaiseAlert(DateTimeOffset at, string lrId, string nhsNumber, string reason, LrActor by)
    {
        lock (gate)
        {
            var alert = new PrivacyAlert(++lastAlertId, at, lrId, nhsNumber, reason, by);
            alerts.Add(alert);
            return alert;
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
