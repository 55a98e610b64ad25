using System.Diagnostics;
using System.Text;

namespace SpineConformance.Simulator.Tests.Robustness;

/// <summary>
/// The simulator as a developer runs it: its own process, started from the simulator project's build output with
/// <c>dotnet SpineConformance.Simulator.dll</c>, on a loopback port the OS assigns (read back from its banner, so no other
/// process can take the port between choosing and binding it) and a data file the test owns.
/// </summary>
internal sealed class StandaloneSimulator : IAsyncDisposable
{
    private const string ReadyLine = "Press Ctrl+C to stop.";
    private const string ListeningLine = "Listening on";
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Uri? listeningOn;

    private StandaloneSimulator(Process process)
    {
        this.process = process;
    }

    /// <summary>Where it listens, from the banner's "Listening on" line (known once it is ready).</summary>
    public Uri BaseAddress => listeningOn!;

    /// <summary>Everything the process wrote to stdout and stderr so far, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The process id, to read its memory use.</summary>
    public int ProcessId => process.Id;

    public static Task<StandaloneSimulator> StartAsync(string dataFile, params string[] arguments) =>
        StartInAsync(Path.GetDirectoryName(Locate())!, ["--data", dataFile, "--log-level", "Warning", .. arguments]);

    /// <summary>Starts it from <paramref name="workingDirectory"/> with only <c>--urls</c> added to <paramref name="arguments"/>.</summary>
    public static async Task<StandaloneSimulator> StartInAsync(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = StartInfo(workingDirectory, ["--urls", "http://127.0.0.1:0", .. arguments]);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var simulator = new StandaloneSimulator(process);
        process.OutputDataReceived += (_, e) => simulator.Receive(e.Data);
        process.ErrorDataReceived += (_, e) => simulator.Receive(e.Data);
        process.Exited += (_, _) => simulator.ready.TrySetException(new InvalidOperationException($"The simulator exited before it was ready:{Environment.NewLine}{simulator.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await simulator.ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await simulator.DisposeAsync();
            throw new TimeoutException($"The simulator did not print its banner within 60 s:{Environment.NewLine}{simulator.Output}");
        }

        if (simulator.listeningOn is null)
        {
            await simulator.DisposeAsync();
            throw new InvalidOperationException($"The simulator's banner named no address to connect to:{Environment.NewLine}{simulator.Output}");
        }

        return simulator;
    }

    /// <summary>Runs the simulator to its end (a start that must fail), and gives its exit code and everything it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(params string[] arguments)
    {
        // Its own folder, deleted after: a start that gets as far as opening its default data file leaves nothing behind.
        var folder = System.IO.Directory.CreateTempSubdirectory("spine-start-");
        try
        {
            return await RunToExitInAsync(folder.FullName, arguments);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunToExitInAsync(string workingDirectory, string[] arguments)
    {
        using var process = new Process { StartInfo = StartInfo(workingDirectory, arguments) };
        process.Start();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The simulator was still running after 60 s with {string.Join(' ', arguments)}.");
        }

        return (process.ExitCode, await output + await error);
    }

    /// <summary>Whether the process is still running.</summary>
    public bool IsRunning => !process.HasExited;

    /// <summary>SIGKILL on Linux: no shutdown code runs, nothing is flushed.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Prepend(Locate()))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    // The simulator project's own build output, beside this test project's (same configuration and framework).
    private static string Locate()
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var own = here.Replace($"{Path.DirectorySeparatorChar}SpineConformance.Simulator.Tests{Path.DirectorySeparatorChar}",
            $"{Path.DirectorySeparatorChar}SpineConformance.Simulator{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
        return new[] { own, here }.Select(d => Path.Combine(d, "SpineConformance.Simulator.dll")).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"SpineConformance.Simulator.dll was not found in {own} or {here}: build the simulator first.");
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        var listening = line.IndexOf(ListeningLine, StringComparison.Ordinal);
        if (listening >= 0)
        {
            // "Listening on     http://127.0.0.1:40123" (the first address when there are several).
            var first = line[(listening + ListeningLine.Length)..].Trim().Split(',')[0].Trim();
            if (Uri.TryCreate(first, UriKind.Absolute, out var address))
            {
                listeningOn = address;
            }
        }

        if (line.Contains(ReadyLine, StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }
}
