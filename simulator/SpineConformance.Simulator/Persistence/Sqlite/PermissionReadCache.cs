using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>
/// What the SQLite store last read for each patient (nothing held included), so a Get or Has does not open a connection
/// and prepare a query each time. The file has one simulator writing it, through this store, so the store's own writes
/// are every change there is: each one drops what it changed once it has committed. A read that raced a write is not
/// kept (the version tells), so the cache never holds a value older than the last commit. Bounded: past
/// <see cref="MostPatients"/> it starts again empty.
/// </summary>
internal sealed class PermissionReadCache
{
    public const int MostPatients = 100_000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, PatientPermissions?> held = new(StringComparer.Ordinal);
    private long version;

    public bool TryGet(NhsNumber nhsNumber, out PatientPermissions? permissions)
    {
        lock (gate)
        {
            return held.TryGetValue(nhsNumber.Value, out permissions);
        }
    }

    /// <summary>Taken before a read from the file; <see cref="Keep"/> keeps the read only if no write committed since.</summary>
    public long Version()
    {
        lock (gate)
        {
            return version;
        }
    }

    public void Keep(NhsNumber nhsNumber, PatientPermissions? permissions, long readAtVersion)
    {
        lock (gate)
        {
            if (readAtVersion != version)
            {
                return;
            }

            if (held.Count >= MostPatients)
            {
                held.Clear();
            }

            held[nhsNumber.Value] = permissions;
        }
    }

    /// <summary>After a write has committed: forget the patient, or (null) everyone.</summary>
    public void Forget(NhsNumber? nhsNumber)
    {
        lock (gate)
        {
            version++;
            if (nhsNumber is null)
            {
                held.Clear();
            }
            else
            {
                held.Remove(nhsNumber.Value);
            }
        }
    }
}
