using System.Collections.Concurrent;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence.Memory;

internal sealed class InMemoryPermissionStore : IPermissionStore
{
    private readonly ConcurrentDictionary<string, PatientPermissions> patients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<PermissionChange>> history = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long sequence;

    public Task<PatientPermissions?> FindAsync(NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(patients.GetValueOrDefault(nhsNumber.Value));
    }

    public Task<PatientPermissions> ApplyAsync(
        NhsNumber nhsNumber, IReadOnlyDictionary<AcsFunction, AcsPermission?> values, ChangeAuthor by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // One lock for all patients: changes are tiny, and a single order makes the history easy to trust.
        lock (gate)
        {
            var before = patients.GetValueOrDefault(nhsNumber.Value) ?? PatientPermissions.None(nhsNumber);
            var after = before;
            var changes = history.GetOrAdd(nhsNumber.Value, _ => []);
            foreach (var (function, value) in values.OrderBy(v => v.Key))
            {
                changes.Add(new PermissionChange(nhsNumber.Value, function, after.For(function), value, at, by) { Sequence = ++sequence });
                after = after.With(function, value);
            }

            patients[nhsNumber.Value] = after;
            return Task.FromResult(after);
        }
    }

    public Task<IReadOnlyList<PermissionChange>> HistoryAsync(NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<PermissionChange>>([.. history.GetValueOrDefault(nhsNumber.Value) ?? []]);
        }
    }

    public Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!scope.ReachesPatientState)
        {
            return Task.FromResult(0);
        }

        lock (gate)
        {
            var forgotten = patients.Keys.Concat(history.Keys).Distinct(StringComparer.Ordinal).Where(n => scope.NhsNumber is null || n == scope.NhsNumber).ToList();
            var count = forgotten.Count(n => patients.TryRemove(n, out _));
            foreach (var nhsNumber in forgotten)
            {
                history.TryRemove(nhsNumber, out _);
            }

            return Task.FromResult(count);
        }
    }

    public Task<IReadOnlyList<PatientPermissions>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<PatientPermissions>>(patients.Values.OrderBy(p => p.NhsNumber.Value, StringComparer.Ordinal).ToList());
    }
}
