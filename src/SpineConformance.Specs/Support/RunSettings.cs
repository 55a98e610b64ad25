using SpineConformance.Drivers.Settings;
using SpineConformance.Reporting;

namespace SpineConformance.Specs.Support;

/// <summary>
/// This run's <see cref="SuiteSettings"/>, read from runsettings.xml and SPINE_* environment variables at the start of
/// each test run (<see cref="Reload"/>), so a process that runs the suite several times (<see cref="Runner.SuiteWorker"/>)
/// gives each run its own settings.
/// </summary>
public static class RunSettings
{
    private static (SuiteSettings Settings, IReadOnlyList<string> Problems)? loaded;

    public static SuiteSettings Current => Loaded.Settings;

    public static IReadOnlyList<string> Problems => Loaded.Problems;

    private static (SuiteSettings Settings, IReadOnlyList<string> Problems) Loaded =>
        loaded ??= SuiteSettings.Read(Value, RepositoryLayout.Root() ?? Directory.GetCurrentDirectory());

    /// <summary>Forgets the settings read so far: the next use reads them again. Called as each test run starts.</summary>
    public static void Reload() => loaded = null;

    /// <summary>DryRun (or <c>SPINE_DRY_RUN</c>): bind every step of every scenario and run none of them.</summary>
    public static bool DryRun => Value("DryRun") is { } dryRun && (dryRun == "1" || dryRun.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every problem in the settings, each naming its setting, as one message; no scenario runs while there is one.</summary>
    public static string ProblemReport() =>
        $"The run's settings have {Problems.Count} problem(s) (runsettings.xml TestRunParameters, or SPINE_* environment variables), so no scenario ran:{Environment.NewLine}  "
        + string.Join(Environment.NewLine + "  ", Problems);

    private static string? Value(string name) =>
        Environment.GetEnvironmentVariable(SuiteSettings.EnvironmentVariable(name)) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : TestContext.Parameters.Get(name);
}
