using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Sync;
using SpineConformance.Simulator.Transport;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Benchmarks;

/// <summary>
/// One synchronous exchange stage by stage, as the simulator's pipeline runs it (SyncDispatcher), inside a simulator on a
/// SQLite data file: <b>Read</b> (the body read once into a <see cref="SyncRequest"/>), <b>Validate</b> (the HTTP rules,
/// then the Spine profile and the SDS check, giving the typed <see cref="SyncCall{TRequest}"/> with the payload read once), <b>Handle</b> (the handler with its
/// state: a Get or an LR query reads, a Set commits), <b>BuildAnswer</b> (the answer document to bytes) and <b>Record</b>
/// (the <see cref="ExchangeRecorder"/>: a Set's journal entry committed, a read-only exchange's queued to be written
/// behind). Each stage starts from the previous one's result, made once, so a regression shows in the stage that grew.
/// </summary>
[MemoryDiagnoser]
public class PipelineStageBenchmarks
{
    // Every case starts its own simulator on its own file: SQLite's pooled connections to a deleted file would otherwise
    // be reused for a new one at the same path.
    private static int cases;
    private string dataFile = string.Empty;
    private SpineSimulatorHost simulator = null!;
    private SyncInteractionHandler handler = null!;
    private SyncValidation validation = null!;
    private SyncResponseContexts responses = null!;
    private ExchangeRecorder recorder = null!;
    private IHeaderDictionary headers = null!;
    private SyncWire wire = null!;
    private SyncRequest request = null!;
    private SyncCall call = null!;
    private SyncReply reply = null!;
    private byte[] answer = null!;
    private long maxBodyBytes;

    [Params("ACS Get", "ACS Set", "LR confirmation")]
    public string Message { get; set; } = "ACS Get";

    [GlobalSetup]
    public void Start()
    {
        dataFile = Path.Combine(Path.GetTempPath(), $"stage-benchmarks-{Environment.ProcessId}-{Interlocked.Increment(ref cases)}.db");
        simulator = SpineSimulatorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Simulator:InMemory"] = "false",
            ["Simulator:DataFile"] = dataFile,
        }).GetAwaiter().GetResult();
        var services = simulator.Services;
        maxBodyBytes = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SimulatorOptions>>().Value.MaxRequestBodyBytes;
        wire = Message switch
        {
            "ACS Get" => MainMessages.AcsGet,
            "ACS Set" => MainMessages.AcsSet,
            _ => MainMessages.LrConfirmation,
        };
        handler = services.GetServices<SyncInteractionHandler>().Single(h => h.Interaction.Action == wire.Interaction.Action);
        validation = services.GetRequiredService<SyncValidation>();
        responses = services.GetRequiredService<SyncResponseContexts>();
        recorder = services.GetRequiredService<ExchangeRecorder>();
        headers = new HeaderDictionary
        {
            ["SOAPAction"] = wire.Interaction.Action,
            ["Content-Type"] = "text/xml; charset=utf-8",
        };
        request = ReadRequest();
        var http = SyncHttpRules.Validate(request.Http);
        var (validated, report) = Validate();
        call = validated!;
        reply = Handle().GetAwaiter().GetResult();
        answer = BuildAnswer();
        var recorded = RecordAsync().GetAwaiter().GetResult();
        BenchmarkPreconditions.Check(
            ($"{Message}: the HTTP rules pass ({http})", http.Findings.Count == 0),
            ($"{Message}: validation passes ({report})", validated is not null),
            ($"{Message}: answered HTTP 200 with AA ({reply.Outcome})", reply.StatusCode == 200 && AcknowledgedAa(answer)),
            ($"{Message}: recorded as answered", recorded.StatusCode == 200));
    }

    [GlobalCleanup]
    public void Stop()
    {
        simulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { dataFile, dataFile + "-wal", dataFile + "-shm" })
        {
            File.Delete(file);
        }

        // The journal's body files beside the data file.
        var bodies = SpineConformance.Simulator.Persistence.Sqlite.JournalBodyFiles.FolderFor(dataFile);
        if (Directory.Exists(bodies))
        {
            Directory.Delete(bodies, recursive: true);
        }
    }

    // Returned as object: the pipeline's types are the simulator's own (internal), and BenchmarkDotNet needs public signatures.
    [Benchmark]
    public object Read() => ReadRequest();

    private SyncRequest ReadRequest() =>
        SyncRequest.Read("/sync-service", headers, wire.Body, maxBodyBytes, _ => true);

    [Benchmark]
    public (SyncCall? Call, ValidationReport Report) Validate()
    {
        SyncHttpRules.Validate(request.Http);
        return validation.Validate(request, handler, responses.For(request.Message!));
    }

    [Benchmark]
    public Task<SyncReply> Handle() => handler.AnswerAsync(call, CancellationToken.None);

    [Benchmark]
    public byte[] BuildAnswer() => reply.Body.ToBytes();

    [Benchmark]
    public Task Record() => RecordAsync();

    private Task<SpineHttpAnswer> RecordAsync() => recorder.RecordAsync(
        recorder.Start(),
        new JournalEntry(0, default, TimeSpan.Zero, request.Path, wire.Interaction.Action, request.InteractionId, reply.StatusCode, wire.Body, answer, call.Report)
        {
            NhsNumber = request.PatientId,
            SenderAsid = request.SenderAsid,
            Outcome = reply.Outcome,
        },
        SpineHttpAnswer.SoapContentType,
        null,
        handler.IsReadOnly);

    private static bool AcknowledgedAa(byte[] bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes).Contains("acknowledgement typeCode=\"AA\"", StringComparison.Ordinal);
}
