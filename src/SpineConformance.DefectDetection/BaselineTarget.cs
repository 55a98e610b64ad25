namespace SpineConformance.DefectDetection;

/// <summary>
/// A system the whole suite must pass against with no defect: a name for the report, what it is, the settings (as the
/// suite's environment variables) that point the suite at it, and whether the run must start the second client for it.
/// </summary>
/// <param name="RequiresSetting">A suite setting the target depends on; when <c>runsettings.xml</c> does not define it the
/// target is skipped with a note rather than run as something it is not.</param>
internal sealed record BaselineTarget(string Name, string Description, IReadOnlyDictionary<string, string> Environment, string? RequiresSetting = null)
{
    /// <summary>Whether the run starts <c>SpineConformance.SecondClient</c> as its own process and points the suite's TestHook driver at it.</summary>
    public bool StartsSecondClient { get; init; }
}
