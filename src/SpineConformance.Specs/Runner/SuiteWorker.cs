using System.Text.Json;
using System.Threading.Channels;
using System.Xml.Linq;
using NUnit.Framework.Api;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Specs.Runner;

/// <summary>
/// Runs the feature suite several times in one process, one run after another, for the detection run
/// (<c>src/SpineConformance.DefectDetection</c>): a process that has run the suite once has compiled its code, so each
/// later run costs about a third of the processor time a fresh <c>dotnet test</c> does.
/// <para>
/// Started as <c>dotnet SpineConformance.Specs.dll --worker --settings runsettings.xml</c>, it reads one request per
/// line on standard input: the full path of a results folder holding <c>environment.json</c>, a JSON object of the
/// environment variables the run is made with (the suite's <c>SPINE_*</c> settings). It runs every scenario with those
/// variables set (and the others as the worker started), writes NUnit's result XML to <c>suite.xml</c> and what the run
/// printed to <c>console.log</c> in that folder, restores the variables, and answers with one line on standard output:
/// the folder's path, then, only when the run could not be made, a tab and why. It ends at the end of its input, at
/// once if that comes during a run (whoever started it has gone).
/// </para>
/// Each run is a whole test run: the settings are read again, and the simulator and the SUT start and stop again.
/// </summary>
public static class SuiteWorker
{
    public const string WorkerArgument = "--worker";

    public const string SettingsArgument = "--settings";

    /// <summary>The request's file of environment variables, in its results folder.</summary>
    public const string EnvironmentFile = "environment.json";

    /// <summary>NUnit's result XML for the run, in its results folder.</summary>
    public const string ResultFile = "suite.xml";

    public const string ConsoleLogFile = "console.log";

    /// <summary>The scenarios only: the suite project's own unit tests live outside this namespace.</summary>
    private const string ScenarioFilter = "<filter><namespace re=\"1\">^SpineConformance\\.Specs\\.Features(\\.|$)</namespace></filter>";

    /// <summary>Serves requests from <paramref name="requests"/> until it ends; returns the process's exit code.</summary>
    public static async Task<int> ServeAsync(string settingsPath, TextReader requests, TextWriter replies)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(replies);
        var (workers, parameters, problem) = ReadRunSettings(settingsPath);
        if (problem is not null)
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }

        // The input is read all the time, not only between runs: its end during a run means whoever started the worker
        // has gone (killed, or its terminal closed), and the worker goes too instead of finishing a run nobody will read.
        var lines = Channel.CreateUnbounded<string>();
        var running = 0;
        _ = Task.Run(async () =>
        {
            try
            {
                while (await requests.ReadLineAsync() is { } line)
                {
                    await lines.Writer.WriteAsync(line);
                }
            }
            finally
            {
                // Ended or broken alike (an input that cannot be read is gone too): no request will come.
                if (Volatile.Read(ref running) == 1)
                {
                    await Console.Error.WriteLineAsync("The worker's input ended during a run: whoever started it has gone, so it stops.");
                    Environment.Exit(3);
                }

                lines.Writer.TryComplete();
            }
        });

        await foreach (var line in lines.Reader.ReadAllAsync())
        {
            if (line.Length == 0)
            {
                continue;
            }

            Volatile.Write(ref running, 1);
            var why = Run(line, workers, parameters);
            Volatile.Write(ref running, 0);
            await replies.WriteLineAsync(why is null ? line : $"{line}\t{why.ReplaceLineEndings(" ")}");
            await replies.FlushAsync();
        }

        return 0;
    }

    private static string? Run(string folder, int workers, Dictionary<string, string> parameters)
    {
        if (!Path.IsPathFullyQualified(folder) || !File.Exists(Path.Combine(folder, EnvironmentFile)))
        {
            return $"the request '{folder}' is not the full path of a folder holding {EnvironmentFile}";
        }

        Dictionary<string, string?> environment;
        try
        {
            environment = JsonSerializer.Deserialize<Dictionary<string, string?>>(File.ReadAllText(Path.Combine(folder, EnvironmentFile))) ?? [];
        }
        catch (JsonException e)
        {
            return $"{EnvironmentFile} is not a JSON object of strings: {e.Message}";
        }

        var before = environment.Keys.ToDictionary(name => name, Environment.GetEnvironmentVariable, StringComparer.Ordinal);
        var (output, error) = (Console.Out, Console.Error);
        using var log = new StreamWriter(Path.Combine(folder, ConsoleLogFile)) { AutoFlush = true };
        var synchronized = TextWriter.Synchronized(log);
        try
        {
            foreach (var (name, value) in environment)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            Console.SetOut(synchronized);
            Console.SetError(synchronized);
            var settings = new Dictionary<string, object>
            {
                ["NumberOfTestWorkers"] = workers,
                ["TestParametersDictionary"] = new Dictionary<string, string>(parameters, StringComparer.Ordinal),
                ["WorkDirectory"] = folder,
            };
            var controller = new FrameworkController(typeof(TestRun).Assembly, "run", settings);
            controller.LoadTests();
            File.WriteAllText(Path.Combine(folder, ResultFile), controller.RunTests(ScenarioFilter));
            return null;
        }
#pragma warning disable CA1031 // One broken run is reported to the detection run, which goes on with the next.
        catch (Exception e)
#pragma warning restore CA1031
        {
            synchronized.WriteLine($"The run could not be made: {e}");
            return $"{e.GetType().Name}: {e.Message}";
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
            foreach (var (name, value) in before)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    /// <summary>What <c>dotnet test --settings</c> would give NUnit from the file: its worker count and its run parameters.</summary>
    internal static (int Workers, Dictionary<string, string> Parameters, string? Problem) ReadRunSettings(string path)
    {
        if (!File.Exists(path))
        {
            return (0, [], $"The run settings file '{path}' does not exist.");
        }

        var loaded = HardenedXml.Load(File.ReadAllBytes(path));
        if (loaded.Document?.Root is not { } root)
        {
            return (0, [], $"The run settings file '{path}' is not well-formed XML: {loaded.Error}");
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in root.Elements("TestRunParameters").Elements("Parameter"))
        {
            if ((string?)parameter.Attribute("name") is { Length: > 0 } name)
            {
                parameters[name] = (string?)parameter.Attribute("value") ?? string.Empty;
            }
        }

        var workers = (string?)root.Element("NUnit")?.Element("NumberOfTestWorkers");
        if (workers is null)
        {
            return (Environment.ProcessorCount, parameters, null);
        }

        return int.TryParse(workers, System.Globalization.CultureInfo.InvariantCulture, out var count) && count >= 0
            ? (count, parameters, null)
            : (0, [], $"The run settings file '{path}' gives NUnit/NumberOfTestWorkers as '{workers}', which is not a number of workers.");
    }
}
