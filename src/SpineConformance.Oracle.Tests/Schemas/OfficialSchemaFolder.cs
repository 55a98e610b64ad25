namespace SpineConformance.Oracle.Tests.Schemas;

/// <summary>
/// Where the official NHS/HL7 schemas are read from at test time: <c>../shared/spine-reference/schemas</c> beside the
/// repository (found by walking up to <c>SpineConformance.sln</c>), or the folder named by <c>SPINE_OFFICIAL_SCHEMAS</c>.
/// Their licence allows reading them in tests, not copying them into the repository, so they are never vendored.
/// </summary>
public static class OfficialSchemaFolder
{
    public const string OverrideVariable = "SPINE_OFFICIAL_SCHEMAS";

    private const string SolutionFile = "SpineConformance.sln";

    private static readonly Lazy<string> Located = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The full path looked at, whether or not it exists.</summary>
    public static string Path => Located.Value;

    public static bool Exists => Directory.Exists(Path);

    /// <summary>Ends the calling test as not run, with the reason, when the folder is missing (an oracle cannot judge without its schemas).</summary>
    public static void RequireOrIgnore()
    {
        if (!Exists)
        {
            Assert.Ignore(
                $"Official schemas not found at {Path}: the oracle category needs ../shared/spine-reference/schemas (set {OverrideVariable} to point elsewhere).");
        }
    }

    private static string Locate()
    {
        var overridden = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return System.IO.Path.GetFullPath(overridden);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFile)))
            {
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "..", "shared", "spine-reference", "schemas"));
            }
        }

        // No repository above the test binaries: name the place searched so the skip message still says where to look.
        return System.IO.Path.Combine(AppContext.BaseDirectory, $"(no {SolutionFile} above this folder)", "..", "shared", "spine-reference", "schemas");
    }
}
