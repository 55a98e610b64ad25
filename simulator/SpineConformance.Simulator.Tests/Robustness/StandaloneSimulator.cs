using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SpineConformance.Simulator.Tests.Robustness;

/// <summary>
/// The simulator as a developer runs it: its own process, started from the simulator project's build output with
/// <c>dotnet SpineConformance.Simulator.dll</c>, on a loopback port chosen here and a data file the test owns.
/// </summary>
internal sealed class StandaloneSimulator : IAsyncDisposable
{
    private const string ReadyLine = "Press Ctrl+C to stop.";
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StandaloneSimulator(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

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

    public static async Task<StandaloneSimulator> StartAsync(string dataFile, params string[] arguments)
    {
        var port = FreeLoopbackPort();
        var dll = Locate();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{port}", "--data", dataFile, "--log-level", "Warning" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var simulator = new StandaloneSimulator(process, new Uri($"http://127.0.0.1:{port}"));
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

        return simulator;
    }

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

    // The simulator project's own build output, beside this test project's (same configuration and framework).
    private static string Locate()
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var own = here.Replace($"{Path.DirectorySeparatorChar}SpineConformance.Simulator.Tests{Path.DirectorySeparatorChar}",
            $"{Path.DirectorySeparatorChar}SpineConformance.Simulator{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
        return new[] { own, here }.Select(d => Path.Combine(d, "SpineConformance.Simulator.dll")).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"SpineConformance.Simulator.dll was not found in {own} or {here}: build the simulator first.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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

        if (line.Contains(ReadyLine, StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }
}
