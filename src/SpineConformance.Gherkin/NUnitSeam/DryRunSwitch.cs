using NUnit.Framework;

namespace SpineConformance.Gherkin.NUnitSeam;

/// <summary>Reads whether the user asked for a dry run, from the environment or from runsettings.</summary>
internal static class DryRunSwitch
{
    public const string EnvironmentVariable = "SPINE_DRY_RUN";
    public const string TestParameter = "DryRun";

    public static bool IsRequested() =>
        IsOn(Environment.GetEnvironmentVariable(EnvironmentVariable)) || IsOn(TestContext.Parameters.Get(TestParameter));

    private static bool IsOn(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
