namespace SpineConformance.ReferenceSut.Forms;

/// <summary>The alternative forms switched on for this SUT, from <c>ReferenceSut:Forms</c> (validated at start). With none on, it sends the first form of each.</summary>
public sealed class FormSwitches(IEnumerable<string> names)
{
    private readonly HashSet<SutForm> on = [.. FormCatalogue.Resolve(names)];

    public static FormSwitches None { get; } = new([]);

    /// <summary>The switched-on forms, in catalogue order.</summary>
    public IReadOnlyList<SutForm> On => [.. FormCatalogue.All.Where(on.Contains)];

    public bool IsOn(SutForm form) => on.Contains(form);
}
