using System.CommandLine;

namespace SpineConformance.Simulator.Hosting;

/// <summary>
/// The standalone simulator's command line. Each option becomes a configuration value, so everything the command line
/// sets can also come from appsettings.json or environment variables; any <c>--Simulator:Name=value</c> passes through.
/// </summary>
public static class SimulatorCommandLine
{
    private const string Examples = """

        Examples (from the repository root; the part after -- goes to the simulator):
          dotnet run --project simulator/SpineConformance.Simulator
              listen on http://127.0.0.1:5000, state in ./spine-simulator.db
          dotnet run --project simulator/SpineConformance.Simulator -- --urls http://127.0.0.1:5055 --in-memory
          dotnet run --project simulator/SpineConformance.Simulator -- --data /tmp/ci.db --seed my-seed.json --strict
          dotnet run --project simulator/SpineConformance.Simulator -- --directory my-sds.json --log-level Debug
          dotnet run --project simulator/SpineConformance.Simulator -- --Simulator:Lr:DuplicateCreate=Reject
              any setting, by its configuration key
        """;

    public static RootCommand Build(Func<string[], CancellationToken, Task<int>> run)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen; loopback only unless you say otherwise.", DefaultValueFactory = _ => SimulatorDefaults.Url };
        var data = new Option<FileInfo>("--data") { Description = "The SQLite file holding state (created and migrated on start).", DefaultValueFactory = _ => new FileInfo("spine-simulator.db") };
        var inMemory = new Option<bool>("--in-memory") { Description = "Keep state in memory only; nothing is kept after exit." };
        var seed = new Option<FileInfo?>("--seed") { Description = "A JSON seed file: patients' permissions, fault rules and/or the SDS directory." };
        var directory = new Option<FileInfo?>("--directory") { Description = "A JSON SDS directory to start from instead of the embedded default." };
        var strict = new Option<bool>("--strict") { Description = "Reject what a conformant client must not send, and unregistered ASIDs and interactions." };
        var logLevel = new Option<LogLevel>("--log-level") { Description = "How much to log.", DefaultValueFactory = _ => LogLevel.Information };

        var root = new RootCommand("SpineConformance Spine simulator: a stateful NHS Spine for the Access Control and Legitimate Relationship services." + Examples)
        {
            urls, data, inMemory, seed, directory, strict, logLevel,
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((result, cancellationToken) =>
        {
            List<string> configuration =
            [
                $"--urls={result.GetValue(urls)}",
                $"--Simulator:DataFile={result.GetValue(data)!.FullName}",
                $"--Simulator:InMemory={result.GetValue(inMemory)}",
                $"--Simulator:Strict={result.GetValue(strict)}",
                $"--Logging:LogLevel:Default={result.GetValue(logLevel)}",
            ];
            if (result.GetValue(seed) is { } seedFile)
            {
                configuration.Add($"--Simulator:SeedFile={seedFile.FullName}");
            }

            if (result.GetValue(directory) is { } directoryFile)
            {
                configuration.Add($"--Simulator:DirectoryFile={directoryFile.FullName}");
            }

            configuration.AddRange(result.UnmatchedTokens);
            return run([.. configuration], cancellationToken);
        });
        return root;
    }
}
