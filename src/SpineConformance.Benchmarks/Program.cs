using BenchmarkDotNet.Running;
using SpineConformance.Benchmarks;

// `bare` starts the load run's ceiling; anything else goes to BenchmarkDotNet (--filter, --list flat, --job, --help).
if (args is [BareEndpoint.Mode, .. var rest])
{
    return await BareEndpoint.RunAsync(rest);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.For(args));
// A benchmark whose setup or run failed must fail the command, so a smoke run can catch benchmarks that rot.
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
