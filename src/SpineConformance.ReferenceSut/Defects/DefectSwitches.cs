namespace SpineConformance.ReferenceSut.Defects;

/// <summary>
/// The defects switched on for this SUT, from <c>ReferenceSut:Defects</c> (validated at start, so every id is known).
/// With none on, the SUT behaves as a conformant supplier system.
/// </summary>
public sealed class DefectSwitches
{
    private readonly HashSet<Defect> on;

    public DefectSwitches(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        on = [.. ids.Select(DefectCatalogue.Find).OfType<Defect>()];
    }

    public static DefectSwitches None { get; } = new([]);

    /// <summary>The switched-on defects, in catalogue order.</summary>
    public IReadOnlyList<Defect> On => [.. DefectCatalogue.All.Where(on.Contains)];

    public bool IsOn(Defect defect) => on.Contains(defect);
}
