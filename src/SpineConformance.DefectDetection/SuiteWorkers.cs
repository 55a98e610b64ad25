using System.Diagnostics;
using System.Text.Json;

namespace SpineConformance.DefectDetection;

/// <summary>
/// The processes that run the feature suite for the detection run: each is the built suite started as a worker
/// (<c>dotnet SpineConformance.Specs.dll --worker --settings runsettings.xml</c>, the suite's <c>Runner/SuiteWorker.cs</c>)
/// and makes one run after another, so only its first run pays for compiling the suite's code. A worker is started when a
/// run finds none idle, so there are as many as runs made at once (<see cref="SuiteRunner"/> makes at most
/// <see cref="DetectionOptions.Parallel"/>). A worker that breaks or takes longer than
/// <see cref="DetectionOptions.RunTimeout"/> over a run is killed, and the next run starts another. Each worker's own
/// output (outside any run) goes to <c>workers/worker-N.log</c> in the results folder. The arguments and file names below
/// are the protocol's, as the suite's <c>SuiteWorker</c> spells them (the suite is started, never referenced).
/// </summary>
internal sealed class SuiteWorkers(DetectionOptions options) : IAsyncDisposable
{
    private const string WorkerArgument = "--worker";
    private const string SettingsArgument = "--settings";

    /// <summary>The file of environment variables a worker reads from a run's results folder.</summary>
    public const string EnvironmentFile = "environment.json";

    /// <summary>The NUnit result XML a worker writes into a run's results folder.</summary>
    public const string ResultFile = "suite.xml";

    public const string ConsoleLogFile = "console.log";

    private readonly Stack<Worker> idle = new();
    private readonly List<Worker> all = [];
    private readonly Lock gate = new();
    private int started;

    /// <summary>
    /// Runs the whole suite once with <paramref name="environment"/> set, its results going to <paramref name="folder"/>;
    /// returns <see langword="null"/>, or why the run gave no result file.
    /// </summary>
    public async Task<string?> RunAsync(string folder, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var suite = DetectionConstants.SuiteAssembly(options.RepositoryRoot, options.Configuration);
        if (!File.Exists(suite))
        {
            return $"the feature suite is not built: {suite} is missing. Build the solution ({options.Configuration}) first.";
        }

        await File.WriteAllTextAsync(Path.Combine(folder, EnvironmentFile), JsonSerializer.Serialize(environment), cancellationToken);
        Worker? worker = null;
        try
        {
            worker = TakeIdle() ?? Start(suite);
            var (problem, broken) = await worker.RunAsync(Path.GetFullPath(folder), options.RunTimeout, cancellationToken);
            if (broken)
            {
                await RetireAsync(worker);
                worker = null;
            }

            return problem;
        }
        catch (OperationCanceledException) when (worker is not null)
        {
            // The detection run is being stopped: so is the run in progress.
            await RetireAsync(worker);
            worker = null;
            throw;
        }
        finally
        {
            if (worker is not null)
            {
                lock (gate)
                {
                    idle.Push(worker);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Worker> workers;
        lock (gate)
        {
            workers = [.. all];
            all.Clear();
            idle.Clear();
        }

        foreach (var worker in workers)
        {
            await worker.StopAsync(now: false);
        }
    }

    private Worker? TakeIdle()
    {
        lock (gate)
        {
            return idle.TryPop(out var worker) ? worker : null;
        }
    }

    private Worker Start(string suite)
    {
        var number = Interlocked.Increment(ref started);
        var logs = Path.Combine(options.ResultsDirectory, "workers");
        Directory.CreateDirectory(logs);
        var worker = Worker.Start(suite, Path.Combine(options.RepositoryRoot, "runsettings.xml"), Path.Combine(logs, $"worker-{number}.log"), number);
        lock (gate)
        {
            all.Add(worker);
        }

        return worker;
    }

    private async Task RetireAsync(Worker worker)
    {
        lock (gate)
        {
            all.Remove(worker);
        }

        await worker.StopAsync(now: true);
    }

    /// <summary>One worker process: a request is a results folder's path on its standard input, the reply that path (and, after a tab, why it failed) on its standard output.</summary>
    private sealed class Worker
    {
        private readonly Process process;
        private readonly StreamWriter log;
        private readonly string logPath;

        private Worker(Process process, StreamWriter log, string logPath)
        {
            this.process = process;
            this.log = log;
            this.logPath = logPath;
        }

        public static Worker Start(string suite, string settings, string logPath, int number)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                // As dotnet test runs the suite: from its build output.
                WorkingDirectory = Path.GetDirectoryName(suite)!,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { suite, WorkerArgument, SettingsArgument, settings })
            {
                start.ArgumentList.Add(argument);
            }

            var log = new StreamWriter(logPath) { AutoFlush = true };
            log.WriteLine($"Suite worker {number}: dotnet {string.Join(' ', start.ArgumentList)}");
            var process = new Process { StartInfo = start };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is { } line)
                {
                    lock (log)
                    {
                        log.WriteLine(line);
                    }
                }
            };
            process.Start();
            process.BeginErrorReadLine();
            return new Worker(process, log, logPath);
        }

        /// <summary>One run; <c>Broken</c> when the worker cannot be trusted with another (it died, hung or answered something else).</summary>
        public async Task<(string? Problem, bool Broken)> RunAsync(string folder, TimeSpan timeout, CancellationToken cancellationToken)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await process.StandardInput.WriteLineAsync(folder.AsMemory(), limit.Token);
                await process.StandardInput.FlushAsync(limit.Token);
                while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
                {
                    if (line == folder)
                    {
                        return (null, false);
                    }

                    if (line.StartsWith(folder + "\t", StringComparison.Ordinal))
                    {
                        return ($"the suite worker could not make the run: {line[(folder.Length + 1)..]}", false);
                    }

                    // Anything else on its standard output is not a reply: keep it with the worker's own output.
                    lock (log)
                    {
                        log.WriteLine(line);
                    }
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return ($"stopped after {(timeout.TotalMinutes >= 1 ? $"{timeout.TotalMinutes:0.#} minutes" : $"{timeout.TotalSeconds:0.#} s")}, the longest a run may take", true);
            }
            catch (IOException e)
            {
                return ($"the suite worker could not be reached: {e.Message} (see {logPath})", true);
            }

            await process.WaitForExitAsync(CancellationToken.None);
            return ($"the suite worker exited with code {process.ExitCode} during the run (see {logPath})", true);
        }

        /// <summary>Ends the worker: an idle one by ending its input (it exits at once), one that broke or is being stopped by killing it.</summary>
        public async Task StopAsync(bool now)
        {
            try
            {
                if (!process.HasExited)
                {
                    if (!now)
                    {
                        process.StandardInput.Close();
                    }

                    using var patience = new CancellationTokenSource(now ? TimeSpan.Zero : TimeSpan.FromSeconds(10));
                    try
                    {
                        await process.WaitForExitAsync(patience.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        process.Kill(entireProcessTree: true);
                        await process.WaitForExitAsync(CancellationToken.None);
                    }
                }
            }
            catch (Exception e) when (e is InvalidOperationException or IOException)
            {
                // It has already gone: nothing is left to stop.
            }

            process.Dispose();
            lock (log)
            {
                log.Dispose();
            }
        }
    }
}
