using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace SpineConformance.DefectDetection;

/// <summary>
/// The second client as a process of its own, on a port the OS assigns, pointed at the simulator the suite will start;
/// ready once <c>/test-hook/health</c> answers 200. Disposing it kills it (and anything it started), whatever happened.
/// </summary>
internal sealed partial class SecondClientProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly Process process;
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SecondClientProcess(Process process, TextWriter log)
    {
        this.process = process;
        void Write(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (log)
            {
                log.WriteLine(line);
            }

            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Starts the built client, waits for its test hook, and says why when it does not come up.</summary>
    public static async Task<SecondClientProcess> StartAsync(
        DetectionOptions options, Uri spineBaseUrl, SecondClient.Defects.ClientDefect? defect, TextWriter log, TimeProvider time, CancellationToken cancellationToken)
    {
        var assembly = Path.Combine(options.RepositoryRoot, "src", "SpineConformance.SecondClient", "bin", options.Configuration, "net10.0", "SpineConformance.SecondClient.dll");
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"The second client is not built: {assembly} is missing. Build the solution ({options.Configuration}) first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] defects = defect is null ? [] : [$"--SecondClient:Defects:0={defect.Id}"];
        foreach (var argument in new[] { assembly, "--urls", "http://127.0.0.1:0", $"--SecondClient:SpineBaseUrl={spineBaseUrl}" }.Concat(SecondClientIdentities.ClientArguments).Concat(defects))
        {
            start.ArgumentList.Add(argument);
        }

        var client = new SecondClientProcess(new Process { StartInfo = start }, log);
        client.process.Start();
        client.process.BeginOutputReadLine();
        client.process.BeginErrorReadLine();
        try
        {
            client.BaseAddress = await client.listening.Task.WaitAsync(StartPatience, time, cancellationToken);
            await client.WaitForHealthAsync(time, cancellationToken);
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    /// <summary>A port nobody listens on now, for the simulator the suite starts at a fixed address.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // It never started, or has already gone: nothing is left to stop.
        }

        process.Dispose();
    }

    private async Task WaitForHealthAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var health = new Uri(BaseAddress, "/test-hook/health");
        var started = time.GetTimestamp();
        var last = "no answer yet";
        while (time.GetElapsedTime(started) < StartPatience)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The second client exited with code {process.ExitCode} before its test hook answered (see its log).");
            }

            try
            {
                using var response = await http.GetAsync(health, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException exception)
            {
                last = exception.Message;
            }

            await Task.Delay(Poll, time, cancellationToken);
        }

        throw new InvalidOperationException($"The second client's test hook {health} did not answer 200 within {StartPatience.TotalSeconds:0} s (last: {last}).");
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)", RegexOptions.None, 1000)]
    private static partial Regex ListeningLine();
}
