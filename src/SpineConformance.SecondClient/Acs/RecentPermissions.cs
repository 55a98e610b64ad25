using System.Collections.Concurrent;

namespace SpineConformance.SecondClient.Acs;

/// <summary>
/// What this system last saw Spine hold for a patient (from its own Get, Has or Set), trusted for a short while. A Set
/// then sends only the function that changes when the other already holds the new value; without a fresh memory it
/// sends both.
/// </summary>
internal sealed class RecentPermissions(TimeProvider time, SecondClientOptions options)
{
    private readonly ConcurrentDictionary<string, Remembered> byPatient = new(StringComparer.Ordinal);

    public void Remember(string nhsNumber, string view, string store) => byPatient[nhsNumber] = new Remembered(view, store, time.GetUtcNow());

    public IReadOnlyList<string> FunctionsToSend(string nhsNumber, string permission)
    {
        var shown = SharingDecisions.ShownAs(permission);
        if (!byPatient.TryGetValue(nhsNumber, out var known) || time.GetUtcNow() - known.At > options.PermissionMemory)
        {
            return ["View", "Store"];
        }

        var changed = new List<string>();
        if (known.View != shown)
        {
            changed.Add("View");
        }

        if (known.Store != shown)
        {
            changed.Add("Store");
        }

        // Nothing changes: send both, so the clinician's decision is still recorded (and audited) on Spine.
        return changed.Count == 0 ? ["View", "Store"] : changed;
    }

    private sealed record Remembered(string View, string Store, DateTimeOffset At);
}
