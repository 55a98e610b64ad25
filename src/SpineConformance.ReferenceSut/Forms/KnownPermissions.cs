using System.Collections.Concurrent;
using SpineConformance.Hl7.Acs;

namespace SpineConformance.ReferenceSut.Forms;

/// <summary>
/// What the system last saw on Spine for each patient (a Get or Has it showed, a Set Spine accepted), so a Set under
/// <see cref="FormCatalogue.SetChangedFunctionOnly"/> can send only the function that changes.
/// </summary>
public sealed class KnownPermissions
{
    private readonly ConcurrentDictionary<string, (AcsPermission View, AcsPermission Store)> known = new(StringComparer.Ordinal);

    public void Remember(string nhsNumber, AcsPermission view, AcsPermission store) => known[nhsNumber.Trim()] = (view, store);

    /// <summary>
    /// The functions a Set of <paramref name="permission"/> must carry: those whose known permission differs, or both
    /// when nothing is known or nothing differs (so a repeated decision is still sent, and Spine confirms it).
    /// </summary>
    public AcsFunction[] FunctionsToSet(string nhsNumber, AcsPermission permission)
    {
        if (!known.TryGetValue(nhsNumber.Trim(), out var held))
        {
            return [AcsFunction.View, AcsFunction.Store];
        }

        // Clear returns a function to Ask, so a function already at Ask needs no Clear.
        var target = permission == AcsPermission.Clear ? AcsPermission.Ask : permission;
        var changed = new List<AcsFunction>();
        if (held.View != target)
        {
            changed.Add(AcsFunction.View);
        }

        if (held.Store != target)
        {
            changed.Add(AcsFunction.Store);
        }

        return changed.Count == 0 ? [AcsFunction.View, AcsFunction.Store] : [.. changed];
    }
}
