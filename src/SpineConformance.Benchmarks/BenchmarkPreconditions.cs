namespace SpineConformance.Benchmarks;

/// <summary>
/// Checked before a benchmark runs: a benchmark of a message that no longer parses or validates would time the error
/// path and report it as the success path, so it stops with the list of what does not hold instead.
/// </summary>
public static class BenchmarkPreconditions
{
    public static void Check(params (string What, bool Holds)[] conditions)
    {
        var failed = conditions.Where(c => !c.Holds).Select(c => c.What).ToList();
        if (failed.Count > 0)
        {
            throw new InvalidOperationException(
                $"The benchmark's sample messages are not what it measures: {string.Join("; ", failed)}. Fix the samples (src/SpineConformance.Testing) or the benchmark.");
        }
    }
}
