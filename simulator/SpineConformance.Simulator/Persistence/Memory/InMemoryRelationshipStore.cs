using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence.Memory;

internal sealed class InMemoryRelationshipStore : IRelationshipStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LegitimateRelationship> relationships = new(StringComparer.Ordinal);
    private readonly List<PrivacyAlert> alerts = [];
    private long lastAlertId;

    public Task<LegitimateRelationship> AddAsync(LegitimateRelationship relationship, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            relationships.Add(relationship.Id, relationship);
            return Task.FromResult(relationship);
        }
    }

    public Task<LegitimateRelationship?> AddForPatientAsync(
        NhsNumber nhsNumber, Func<IReadOnlyList<LegitimateRelationship>, LegitimateRelationship?> create, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (create(Held(nhsNumber)) is not { } made)
            {
                return Task.FromResult<LegitimateRelationship?>(null);
            }

            relationships.Add(made.Id, made);
            return Task.FromResult<LegitimateRelationship?>(made);
        }
    }

    public Task<LegitimateRelationship?> FindAsync(LrId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(relationships.GetValueOrDefault(id.Value));
        }
    }

    public Task<IReadOnlyList<LegitimateRelationship>> ForPatientAsync(NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<LegitimateRelationship>>(Held(nhsNumber));
        }
    }

    public Task<IReadOnlyList<LegitimateRelationship>> AllAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<LegitimateRelationship>>([.. relationships.Values.OrderBy(r => r.StartedAt)]);
        }
    }

    public Task<LrTransition> UpdateAsync(LrId id, Func<LegitimateRelationship, LrTransition> change, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!relationships.TryGetValue(id.Value, out var current))
            {
                return Task.FromResult(LrTransition.Refused(LrRefusal.NotFound, $"No LR with id {id}."));
            }

            var outcome = change(current);
            if (outcome.Changed is { } changed)
            {
                relationships[id.Value] = changed;
            }

            return Task.FromResult(outcome);
        }
    }

    public Task<PrivacyAlert> RaiseAlertAsync(
        DateTimeOffset at, LrId lrId, NhsNumber nhsNumber, string reason, LrActor by, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var alert = new PrivacyAlert(++lastAlertId, at, lrId.Value, nhsNumber.Value, reason, by);
            alerts.Add(alert);
            return Task.FromResult(alert);
        }
    }

    public Task<IReadOnlyList<PrivacyAlert>> AlertsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<PrivacyAlert>>([.. alerts]);
        }
    }

    public Task<(int Relationships, int Alerts)> ResetAsync(ResetScope scope, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!scope.ReachesPatientState)
        {
            return Task.FromResult((0, 0));
        }

        lock (gate)
        {
            var forgotten = relationships.Values.Where(r => scope.NhsNumber is null || r.NhsNumber == scope.NhsNumber).Select(r => r.Id).ToList();
            forgotten.ForEach(id => relationships.Remove(id));
            return Task.FromResult((forgotten.Count, alerts.RemoveAll(a => scope.NhsNumber is null || a.NhsNumber == scope.NhsNumber)));
        }
    }

    private List<LegitimateRelationship> Held(NhsNumber nhsNumber) =>
        [.. relationships.Values.Where(r => r.NhsNumber == nhsNumber.Value).OrderBy(r => r.StartedAt)];
}
