using BenchmarkDotNet.Attributes;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Benchmarks;

/// <summary>
/// Reading: a request as the simulator reads it (hardened XML, the SOAP or ebXML envelope, then the payload its handler
/// needs), and an answer as the reference SUT reads it.
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    [GlobalSetup]
    public void ReadEveryMessage() => BenchmarkPreconditions.Check(
        ("ACS Get request", AcsGetRequest() is not null),
        ("ACS Set request", AcsSetRequest() is not null),
        ("ACS Has request", AcsHasRequest() is not null),
        ("LR create request", LrCreateRequest() is not null),
        ("LR confirmation request", LrConfirmationRequest() is not null),
        ("ACS Get answer", AcsGetAnswer() is AcsResponse.PermissionsReturned { Permissions.Assertions.Count: 2 }),
        ("LR confirmation answer", LrConfirmationAnswer() is LrResponse.Succeeded<LRExists>));

    [Benchmark]
    [BenchmarkCategory("ACS Get")]
    public GetResourcePermissionsRequest? AcsGetRequest() =>
        AcsPayloadXml.ReadGetRequest(Payload(MainMessages.AcsGet, "getResourcePermissionsRequest"));

    [Benchmark]
    [BenchmarkCategory("ACS Set")]
    public ResourcePermissions? AcsSetRequest() =>
        AcsPayloadXml.ReadPermissions(Payload(MainMessages.AcsSet, "setResourcePermissionsRequest"));

    [Benchmark]
    [BenchmarkCategory("ACS Has")]
    public HasResourcePermissionsRequest? AcsHasRequest() =>
        AcsPayloadXml.ReadHasRequest(Payload(MainMessages.AcsHas, "hasResourcePermissionsRequest"));

    [Benchmark]
    [BenchmarkCategory("LR create")]
    public CreateRequest? LrCreateRequest()
    {
        var read = EbxmlReader.Read(MainMessages.LrCreate.ContentType, MainMessages.LrCreate.Body.Span);
        var payload = read.Message.Payload is { } document ? SyncMessage.FromHl7Payload(document, read.Message.Header.SoapAction) : null;
        return LrPayloadXml.ReadCreateRequest(WrapperRules.Payloads(payload?.ControlActEvent).FirstOrDefault());
    }

    [Benchmark]
    [BenchmarkCategory("LR confirmation")]
    public ConfirmationQuery? LrConfirmationRequest() =>
        LrPayloadXml.ReadConfirmationQuery(Message(MainMessages.LrConfirmation)?.ControlActEvent?.Elements().FirstOrDefault(e => e.Name.LocalName == "query"));

    [Benchmark]
    [BenchmarkCategory("ACS Get")]
    public AcsResponse AcsGetAnswer() => AcsResponseReader.Read(MainMessages.AcsGetAnswer);

    [Benchmark]
    [BenchmarkCategory("LR confirmation")]
    public LrResponse LrConfirmationAnswer() => LrResponseReader.Read(MainMessages.LrConfirmationAnswer);

    private static SyncMessage? Message(SyncWire wire) =>
        HardenedXml.Load(wire.Body).Document is { } document ? SyncMessage.From(document) : null;

    private static System.Xml.Linq.XElement? Payload(SyncWire wire, string localName) =>
        WrapperRules.Payloads(Message(wire)?.ControlActEvent).FirstOrDefault(e => e.Name.LocalName == localName);
}
