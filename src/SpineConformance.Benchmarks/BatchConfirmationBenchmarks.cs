using System.Net.Http.Headers;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;
using SpineConformance.Validation;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Benchmarks;

/// <summary>
/// A Query Batch Confirmation as its patient count grows, stage by stage: reading the envelope, validating it (Spine's
/// profile), and the whole exchange through the in-process simulator (read, validate, answer, journal) over HTTP.
/// Spine allows 10 000 patients (LR.md §9.5); 14 000 must be refused, and refused as quickly as a legal batch is answered.
/// The time should grow linearly: compare each figure with the one a tenth of its size.
/// </summary>
[MemoryDiagnoser]
public class BatchConfirmationBenchmarks
{
    private const int SpineLimit = 10_000;

    // Static: one client for every run, so no instance holds a disposable the benchmark runner would not dispose.
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromMinutes(2) };

    private SpineSimulatorHost simulator = null!;
    private byte[] request = null!;
    private MessageUnderTest read = null!;

    [Params(100, 1_000, 10_000, 14_000)]
    public int Patients { get; set; }

    [GlobalSetup]
    public void Start()
    {
        request = SoapEnvelope.ToBytes(Batch(Patients));
        read = Read();
        simulator = SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:JournalCapacity"] = "10" }).GetAwaiter().GetResult();
        var (status, bytes) = Send();
        // The answer to 10 000 patients is over the reader's default 4 MiB.
        var answered = HardenedXml.Load(bytes, 64 * 1024 * 1024).Document is { } document
            && LrResponseReader.Read(document) is LrResponse.Succeeded<ConfirmationList> list ? list.Payload.Components.Count : 0;
        var legal = Patients <= SpineLimit;
        BenchmarkPreconditions.Check(
            ("the batch is read", read.Message.Interaction is not null),
            (legal ? "a batch within Spine's limit is valid" : "a batch over Spine's limit is invalid", Validate().IsValid == legal),
            ($"the simulator {(legal ? "answers every patient" : "refuses the batch")} (HTTP {status}, {answered} patients answered)",
                legal ? status == 200 && answered == Patients : answered == 0));
    }

    [GlobalCleanup]
    public void Stop()
    {
        simulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public MessageUnderTest Read() => new(SyncMessage.From(HardenedXml.Load(request).Document!)!,
        LrInteractions.QueryBatchConfirmation.Action, LrInteractions.QueryBatchConfirmation);

    [Benchmark]
    public ValidationReport Validate() => ValidationProfiles.Spine(read.Interaction)!.Validate(read);

    [Benchmark]
    public int Exchange() => Send().Status;

    private (int Status, byte[] Answer) Send()
    {
        using var content = new ByteArrayContent(request);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        using var message = new HttpRequestMessage(HttpMethod.Post, simulator.SyncServiceUrl) { Content = content };
        message.Headers.Add("SOAPAction", LrInteractions.QueryBatchConfirmation.Action);
        using var response = Client.Send(message);
        var bytes = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return ((int)response.StatusCode, bytes);
    }

    private static XDocument Batch(int patients) =>
        LrMessages.QueryBatchConfirmation(SampleRequests.Outgoing(),
            BatchConfirmationQuery.For(LrSampleRequests.Parameters(), Enumerable.Range(0, patients).Select(_ => Some.NhsNumber().Value).ToArray()));
}
