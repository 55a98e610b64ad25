namespace SpineConformance.Simulator.Tests.Robustness.Issue15;

/// <summary>
/// Issue 15, finding 5: started from any folder but its own, the simulator missed its appsettings.json and logged every
/// request at Information; a mistyped option or setting was taken silently. Each run here is the standalone process.
/// </summary>
[Category("robustness")]
public sealed class StartupConfigurationTests
{
    [Test]
    [NonParallelizable]
    public async Task StartedFromAnotherFolder_AtTheDefaultLogLevel_WritesNoLinePerExchange()
    {
        var elsewhere = System.IO.Directory.CreateTempSubdirectory("spine-elsewhere-");
        var dataFolder = System.IO.Directory.CreateTempSubdirectory("spine-data-");
        var dataFile = Path.Combine(dataFolder.FullName, "state.db");
        try
        {
            // The data file kept on disk, as by default, but named by --data: it goes there, and not to the start folder.
            await using var simulator = await StandaloneSimulator.StartInAsync(elsewhere.FullName, ["--data", dataFile]);
            var quiet = simulator.Output.Length;
            using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
            for (var i = 0; i < 20; i++)
            {
                using var content = new StringContent("<not-soap/>", System.Text.Encoding.UTF8, "text/xml");
                using var request = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
                request.Headers.Add("SOAPAction", "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01");
                using var answer = await http.SendAsync(request);
                using var journal = await http.GetAsync("/admin/journal?limit=1");
            }

            await http.GetStringAsync("/healthcheck");
            Assert.That(simulator.Output[quiet..], Is.Empty, "40 exchanges and a health check wrote nothing to the log");
            Assert.That(System.IO.Directory.EnumerateFileSystemEntries(elsewhere.FullName), Is.Empty, "nothing was written to the folder it was started from");
            Assert.That(File.Exists(dataFile), Is.True, "the state went to the --data file");
        }
        finally
        {
            elsewhere.Delete(recursive: true);
            dataFolder.Delete(recursive: true);
        }
    }

    [Test]
    [NonParallelizable]
    public async Task ASecondSimulatorOnADataFileInUse_StopsTheStart_InOneLine_AndStartsOnceTheFirstHasStopped()
    {
        var dataFolder = System.IO.Directory.CreateTempSubdirectory("spine-data-");
        var dataFile = Path.Combine(dataFolder.FullName, "state.db");
        try
        {
            await using (var first = await StandaloneSimulator.StartInAsync(dataFolder.FullName, ["--data", dataFile]))
            {
                var (exit, output) = await StandaloneSimulator.RunToExitAsync(["--data", dataFile, "--urls", "http://127.0.0.1:0"]);

                Assert.That(exit, Is.EqualTo(1), output);
                Assert.That(output, Does.Contain($"The simulator cannot start: The data file '{dataFile}' is in use by another simulator")
                    .And.Contain("another --data file"));
                Assert.That(output, Does.Not.Contain("   at "), "the message alone, without a stack trace");
                Assert.That(first.IsRunning, Is.True, "the first simulator goes on");
            }

            await using var second = await StandaloneSimulator.StartInAsync(dataFolder.FullName, ["--data", dataFile]);
            using var http = new HttpClient { BaseAddress = second.BaseAddress };
            Assert.That(await http.GetStringAsync("/healthcheck"), Does.Contain("ready"), "once the first has stopped, the file is free");
        }
        finally
        {
            dataFolder.Delete(recursive: true);
        }
    }

    [Test]
    public async Task ADataFileFromANewerSimulator_StopsTheStart_InOneLine_NamingItsVersion()
    {
        var dataFolder = System.IO.Directory.CreateTempSubdirectory("spine-data-");
        var dataFile = Path.Combine(dataFolder.FullName, "state.db");
        try
        {
            using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={dataFile};Pooling=false"))
            {
                connection.Open();
                using var create = connection.CreateCommand();
                create.CommandText = "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (999);";
                create.ExecuteNonQuery();
            }

            var (exit, output) = await StandaloneSimulator.RunToExitAsync(["--data", dataFile, "--urls", "http://127.0.0.1:0"]);

            Assert.That(exit, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain($"The simulator cannot start: The data file '{dataFile}' has schema version 999, newer than this simulator knows"));
            Assert.That(output, Does.Not.Contain("   at "), "the message alone, without a stack trace");
        }
        finally
        {
            dataFolder.Delete(recursive: true);
        }
    }

    [TestCase("--in-memroy", "Unknown option '--in-memroy'; did you mean '--in-memory'?")]
    [TestCase("--stroe postgresql", "Unknown option '--stroe'; did you mean '--store'?")]
    [TestCase("--store postgresql", "Simulator:Store (--store) is postgresql but no server is named")]
    [TestCase("--connection-string Host=/tmp/spine-pg", "Simulator:ConnectionString (--connection-string) is given but the store is sqlite; add --store postgresql")]
    [TestCase("--Simulator:InMemroy=true", "The setting 'Simulator:InMemroy' is not one the simulator knows; did you mean 'Simulator:InMemory'?")]
    [TestCase("--Simulator:Lr:DuplicateCreat=Reject", "did you mean 'Simulator:Lr:DuplicateCreate'?")]
    [TestCase("--Simulator:Delivery:AttemptTimeout=00:00:00", "Simulator:Delivery:AttemptTimeout must be between 100 milliseconds and 10 minutes.")]
    [TestCase("--Simulator:Retention:MaxBytes=12", "Simulator:Retention:MaxBytes must be between 1 MiB and 1 TiB.")]
    [TestCase("--Simulator:JournalCapacity=1", "Simulator:JournalCapacity must be between 10 and 1000000.")]
    [TestCase("--Simulator:SpineAsid=12345", "Simulator:SpineAsid must be a 12-digit ASID.")]
    [TestCase("--Simulator:Access:WrongKeysAllowed=0", "Simulator:Access:WrongKeysAllowed must be between 1 and 10000.")]
    [TestCase("--Simulator:Lr:DuplicateCreate=7", "Simulator:Lr:DuplicateCreate must be one of ReturnExisting, Reject, CreateNew.")]
    [TestCase("--Simulator:Lr:ClosingChange=7", "Simulator:Lr:ClosingChange must be one of BecomeInactive, StayActiveUntilExpiry.")]
    [TestCase("--Simulator:Lr:ClosingChange=Sometimes", "'Simulator:Lr:ClosingChange'")]
    [TestCase("--Simulator:Lr:GracePeriod=400.00:00:00", "Simulator:Lr:GracePeriod must be between 0 and 365 days.")]
    [TestCase("--Simulator:Lr:FrozenCanReactivate=perhaps", "'Simulator:Lr:FrozenCanReactivate'")]
    [TestCase("--Simulator:Lr:AcceptRetiredReasonCodes=sometimes", "'Simulator:Lr:AcceptRetiredReasonCodes'")]
    [TestCase("--Simulator:Metrics:ExportInterval=00:00:00.010", "Simulator:Metrics:ExportInterval must be between 100 milliseconds and 1 hour.")]
    [TestCase("--Simulator:Metrics:OtlpEndpoint=ftp://127.0.0.1/v1/metrics", "Simulator:Metrics:OtlpEndpoint must be an absolute http:// or https:// URL.")]
    [TestCase("--Simulator:Tls:KeyFile=server.key", "Simulator:Tls:KeyFile and Simulator:Tls:ClientCaFile need Simulator:Tls:CertificateFile.")]
    [TestCase("--Simulator:Tls:RequireClientCertificate=maybe", "'Simulator:Tls:RequireClientCertificate'")]
    public async Task AMistypedOrOutOfRangeSetting_StopsTheStart_NamingIt(string arguments, string expected)
    {
        var (exit, output) = await StandaloneSimulator.RunToExitAsync([.. arguments.Split(' '), "--urls", "http://127.0.0.1:0"]);

        Assert.That(exit, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("The simulator cannot start").And.Contain(expected));
    }
}
