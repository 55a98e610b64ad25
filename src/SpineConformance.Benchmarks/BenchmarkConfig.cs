using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SpineConformance.Benchmarks;

/// <summary>
/// How the benchmarks run unless the command line says otherwise. BenchmarkDotNet's default job takes several minutes per
/// benchmark on a 2-core machine; <see cref="Quick"/> takes a few seconds and is enough to compare figures from one run.
/// Any <c>--job</c> on the command line (<c>--job default</c> for the full statistics, <c>--job dry</c> to run each
/// benchmark once) replaces it.
/// </summary>
public static class BenchmarkConfig
{
    /// <summary>
    /// One launch, 3 warm-up and 5 measured iterations, in this process (no generated project to build). The default
    /// value of every other setting is BenchmarkDotNet's.
    /// </summary>
    public static Job Quick { get; } = Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(5)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("Quick");

    /// <summary>BenchmarkDotNet's defaults with the median beside the mean: on a shared machine the median is the figure to quote.</summary>
    public static IConfig For(IReadOnlyCollection<string> args)
    {
        var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median);
        return args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal)) ? config : config.AddJob(Quick);
    }
}
