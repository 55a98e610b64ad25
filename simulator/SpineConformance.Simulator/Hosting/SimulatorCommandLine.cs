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
          dotnet run --project simulator/SpineConformance.Simulator -- --store postgresql --connection-string "Host=db.example;Database=spine;Username=spine"
              state in PostgreSQL, which several simulators (replicas) may share; the password is best left to PGPASSWORD
          dotnet run --project simulator/SpineConformance.Simulator -- --directory my-sds.json --log-level Debug
          dotnet run --project simulator/SpineConformance.Simulator -- --Simulator:Lr:DuplicateCreate=Reject
              any setting, by its configuration key
          dotnet run --project simulator/SpineConformance.Simulator -- certs --out certs --client my-system
          dotnet run --project simulator/SpineConformance.Simulator -- --tls certs
              TLS with client certificates on https://127.0.0.1:5443, from the folder the certs command made
          Simulator__AdminApiKey=$(openssl rand -hex 16) dotnet run --project simulator/SpineConformance.Simulator -- --urls http://0.0.0.0:5000
              reachable from other machines, with the admin API and console behind a key (kept out of the process list);
              --api-key KEY does the same on the command line; clients send it as the X-Api-Key header
        """;

    public static RootCommand Build(Func<string[], CancellationToken, Task<int>> run)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen; loopback only unless you say otherwise.", DefaultValueFactory = _ => SimulatorDefaults.Url };
        var data = new Option<FileInfo>("--data") { Description = "The SQLite file holding state (created and migrated on start).", DefaultValueFactory = _ => new FileInfo("spine-simulator.db") };
        var inMemory = new Option<bool>("--in-memory") { Description = "Keep state in memory only; nothing is kept after exit (the same as --store memory)." };
        var store = new Option<string?>("--store")
        {
            Description = "Where state is kept: sqlite (the --data file; the default), memory, or postgresql (the database --connection-string "
                + "or the PGHOST, PGPORT, PGDATABASE, PGUSER and PGPASSWORD environment variables name; several simulators may share it).",
            HelpName = "sqlite|memory|postgresql",
        };
        store.AcceptOnlyFromAmong("sqlite", "memory", "postgresql");
        var connectionString = new Option<string?>("--connection-string")
        {
            Description = "The PostgreSQL database for --store postgresql, as an Npgsql connection string (Host=...;Database=...;Username=...); "
                + "what it leaves out comes from the PG* environment variables. Simulator__ConnectionString keeps it out of the process list.",
            HelpName = "CONNECTION",
        };
        var seed = new Option<FileInfo?>("--seed") { Description = "A JSON seed file: patients' permissions, fault rules and/or the SDS directory." };
        var directory = new Option<FileInfo?>("--directory") { Description = "A JSON SDS directory to start from instead of the embedded default." };
        var strict = new Option<bool>("--strict") { Description = "Reject what a conformant client must not send, and unregistered ASIDs and interactions." };
        var logLevel = new Option<LogLevel>("--log-level") { Description = "How much to log.", DefaultValueFactory = _ => LogLevel.Information };
        var otlp = new Option<Uri?>("--otlp-endpoint")
        {
            Description = "Export OpenTelemetry metrics (exchanges by interaction, direction, status and outcome; durations) over OTLP/HTTP to this address, e.g. http://127.0.0.1:4318/v1/metrics.",
            HelpName = "URL",
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = "Require this key (8 characters or more) for the admin API and the web console: send it as the X-Api-Key header; the console asks for it once. Spine's endpoints and /healthcheck stay open. The Simulator__AdminApiKey environment variable does the same without showing the key in the process list.",
            HelpName = "KEY",
        };
        var tls = new Option<DirectoryInfo?>("--tls")
        {
            Description = $"Serve HTTPS (default {SimulatorDefaults.TlsUrl}) and require client certificates, from DIR/server.crt, DIR/server.key and DIR/ca.crt as the certs command writes them.",
            HelpName = "DIR",
        };

        var root = new RootCommand("SpineConformance Spine simulator: a stateful NHS Spine for the Access Control and Legitimate Relationship services." + Examples)
        {
            urls, data, inMemory, store, connectionString, seed, directory, strict, logLevel, apiKey, tls, otlp, CertificatesCommand(),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.Validators.Add(result =>
        {
            if (result.GetValue(inMemory) && result.GetValue(store) is { } chosen && chosen != "memory")
            {
                result.AddError($"--in-memory keeps state in memory, but --store says {chosen}; give one of them.");
            }
        });
        root.Validators.Add(result =>
        {
            // A file named on the command line that would never be opened is a mistake worth a word, not a silent default.
            // The store is read from its token: a value it does not accept has its own error, and reading it would throw.
            if (result.GetResult(data) is not { Implicit: false })
            {
                return;
            }

            var elsewhere = result.GetValue(inMemory) ? "--in-memory keeps state in memory"
                : result.GetResult(store) is { Tokens: [var token, ..] } ? token.Value switch
                {
                    "memory" => "--store memory keeps state in memory",
                    "postgresql" => "--store postgresql keeps state in PostgreSQL",
                    _ => null,
                }
                : null;
            if (elsewhere is not null)
            {
                result.AddError($"--data names a SQLite file, but {elsewhere}, so the file would not be used; give one of them.");
            }
        });
        root.Validators.Add(result =>
        {
            if (result.GetValue(tls) is { } folder && result.GetResult(urls) is { Implicit: false } given
                && given.GetValueOrDefault<string>()?.Split(';').FirstOrDefault(u => !u.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase)) is { } plain)
            {
                result.AddError($"With --tls {folder.Name} every --urls address must be https:// ('{plain}' is not).");
            }
        });
        root.SetAction((result, cancellationToken) =>
        {
            var tlsFolder = result.GetValue(tls);
            var listen = tlsFolder is not null && result.GetResult(urls) is null or { Implicit: true } ? SimulatorDefaults.TlsUrl : result.GetValue(urls);
            List<string> configuration =
            [
                $"--urls={listen}",
                $"--Simulator:DataFile={result.GetValue(data)!.FullName}",
                $"--Simulator:InMemory={result.GetValue(inMemory)}",
                $"--Simulator:Strict={result.GetValue(strict)}",
                $"--Logging:LogLevel:Default={result.GetValue(logLevel)}",
            ];
            if (result.GetValue(store) is { } storeKind)
            {
                configuration.Add($"--Simulator:Store={storeKind}");
            }

            if (result.GetValue(connectionString) is { } connection)
            {
                configuration.Add($"--Simulator:ConnectionString={connection}");
            }

            if (result.GetValue(seed) is { } seedFile)
            {
                configuration.Add($"--Simulator:SeedFile={seedFile.FullName}");
            }

            if (result.GetValue(directory) is { } directoryFile)
            {
                configuration.Add($"--Simulator:DirectoryFile={directoryFile.FullName}");
            }

            if (result.GetValue(apiKey) is { Length: > 0 } key)
            {
                configuration.Add($"--Simulator:AdminApiKey={key}");
            }

            if (result.GetValue(otlp) is { } collector)
            {
                configuration.Add($"--Simulator:Metrics:OtlpEndpoint={collector}");
            }

            if (tlsFolder is not null)
            {
                configuration.Add($"--Simulator:Tls:CertificateFile={Path.Combine(tlsFolder.FullName, Tls.DevelopmentCertificates.ServerCertificate)}");
                configuration.Add($"--Simulator:Tls:KeyFile={Path.Combine(tlsFolder.FullName, Tls.DevelopmentCertificates.ServerKey)}");
                configuration.Add($"--Simulator:Tls:ClientCaFile={Path.Combine(tlsFolder.FullName, Tls.DevelopmentCertificates.CaCertificate)}");
            }

            var (settings, problems) = PassThroughSettings.Read(result.UnmatchedTokens, root.Options.SelectMany(o => o.Aliases.Prepend(o.Name)));
            if (problems.Count > 0)
            {
                Console.Error.WriteLine($"The simulator cannot start: {string.Join(" ", problems)}");
                return Task.FromResult(1);
            }

            configuration.AddRange(settings);
            return run([.. configuration], cancellationToken);
        });
        return root;
    }

    private static Command CertificatesCommand()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write the files.", DefaultValueFactory = _ => new DirectoryInfo(SimulatorDefaults.CertificatesDirectory) };
        var clients = new Option<string[]>("--client")
        {
            Description = "A client certificate to make, by name (repeat for several). The default value is one named 'client'.",
            DefaultValueFactory = _ => ["client"],
            AllowMultipleArgumentsPerToken = true,
        };
        var hosts = new Option<string[]>("--host") { Description = "Another host name or IP address for the server certificate (besides localhost, 127.0.0.1 and ::1)." };
        var days = new Option<int>("--days") { Description = "How long the certificates are valid, in days.", DefaultValueFactory = _ => 365 };
        var force = new Option<bool>("--force") { Description = "Replace files that already exist." };
        var command = new Command("certs", "Create a development CA, a server certificate for the simulator and client certificates (PEM and password-less PKCS#12). For development only: the keys are not encrypted.")
        {
            output, clients, hosts, days, force,
        };
        days.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 3650)
            {
                result.AddError("--days must be between 1 and 3650.");
            }
        });
        command.SetAction(result =>
        {
            var folder = result.GetValue(output)!;
            var names = result.GetValue(clients) ?? [];
            try
            {
                var made = Tls.DevelopmentCertificates.Create(folder.FullName, names, result.GetValue(hosts) ?? [],
                    TimeSpan.FromDays(result.GetValue(days)), TimeProvider.System, result.GetValue(force));
                var client = names.FirstOrDefault() ?? "client";
                Console.WriteLine($"""
                    Wrote {made.Files.Count} files to {made.Directory}:
                      {string.Join(", ", made.Files)}

                    Start the simulator with TLS and client certificates:
                      dotnet run --project simulator/SpineConformance.Simulator -- --tls {folder.FullName}
                    Call it as a client would:
                      curl --cacert {Path.Combine(made.Directory, "ca.crt")} --cert {Path.Combine(made.Directory, client + ".crt")} --key {Path.Combine(made.Directory, client + ".key")} {SimulatorDefaults.TlsUrl}/healthcheck
                    Trust ca.crt in your client for the server, and give it {client}.pfx (or .crt and .key) as its certificate.
                    """);
                return 0;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"No certificates were made: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
