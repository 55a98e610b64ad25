using SpineConformance.Drivers.Settings;
using SpineConformance.Reporting;

namespace SpineConformance.Specs.Support;

/// <summary>This run's <see cref="SuiteSettings"/>, read once from runsettings.xml and SPINE_* environment variables.</summary>
public static class RunSettings
{
    private static readonly Lazy<(SuiteSettings Settings, IReadOnlyList<string> Problems)> Loaded = new(() =>
        SuiteSettings.Read(Value, RepositoryLayout.Root() ?? Directory.GetCurrentDirectory()));

    public static SuiteSettings Current => Loaded.Value.Settings;

    public static IReadOnlyList<string> Problems => Loaded.Value.Problems;

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
