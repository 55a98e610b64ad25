using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Testing;

namespace SpineConformance.Benchmarks;

/// <summary>
/// Building, down to the bytes sent: each request as the reference SUT builds it, and each answer as the simulator builds
/// it (for an LR create, the ebXML acknowledgment and the reliable Confirm LR Created reply).
/// </summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    [GlobalSetup]
    public void BuildEveryMessage() => BenchmarkPreconditions.Check(
        ("ACS Get request", AcsGetRequest().SequenceEqual(MainMessages.AcsGet.Body)),
        ("ACS Set request", AcsSetRequest().SequenceEqual(MainMessages.AcsSet.Body)),
        ("ACS Has request", AcsHasRequest().SequenceEqual(MainMessages.AcsHas.Body)),
        ("LR confirmation request", LrConfirmationRequest().SequenceEqual(MainMessages.LrConfirmation.Body)),
        ("LR create request", LrCreateRequest().Body.Length == MainMessages.LrCreate.Body.Length),
        ("ACS Get answer", AcsGetAnswer().SequenceEqual(MainMessages.AcsGetAnswer)),
        ("LR confirmation answer", LrConfirmationAnswer().SequenceEqual(MainMessages.LrConfirmationAnswer)));

    [Benchmark]
    [BenchmarkCategory("ACS Get")]
    public byte[] AcsGetRequest() =>
        SoapEnvelope.ToBytes(AcsMessages.GetRequest(SampleRequests.Outgoing(), GetResourcePermissionsRequest.ForPatient(MainMessages.Patient)));

    [Benchmark]
    [BenchmarkCategory("ACS Get")]
    public byte[] AcsGetAnswer() => AcsMessages.GetAnswer(SampleRequests.ResponseContext(), MainMessages.Dissent).ToBytes();

    [Benchmark]
    [BenchmarkCategory("ACS Set")]
    public byte[] AcsSetRequest() => SoapEnvelope.ToBytes(AcsMessages.SetRequest(SampleRequests.Outgoing(),
        SetResourcePermissionsRequest.ForPatient(MainMessages.Patient, AcsPermission.No, AcsFunction.View, AcsFunction.Store)));

    [Benchmark]
    [BenchmarkCategory("ACS Set")]
    public byte[] AcsSetAnswer() =>
        AcsMessages.AcknowledgementAnswer(AcsInteractions.Set, SampleRequests.ResponseContext(), AcknowledgementType.AA, []).ToBytes();

    [Benchmark]
    [BenchmarkCategory("ACS Has")]
    public byte[] AcsHasRequest() =>
        SoapEnvelope.ToBytes(AcsMessages.HasRequest(SampleRequests.Outgoing(), HasResourcePermissionsRequest.ForPatient(MainMessages.Patient)));

    [Benchmark]
    [BenchmarkCategory("ACS Has")]
    public byte[] AcsHasAnswer() => AcsMessages.HasAnswer(SampleRequests.ResponseContext(), MainMessages.Dissent).ToBytes();

    [Benchmark]
    [BenchmarkCategory("LR create")]
    public EbxmlHttpMessage LrCreateRequest() => EbxmlWriter.Write(SampleEbxml.Reliable(
        new XDocument(LrMessages.CreateRequest(LrSampleRequests.AsyncContext(), LrSampleRequests.CreatePayload())),
        LrInteractions.LrsService, LrInteractions.RequestCreateLrId));

    [Benchmark]
    [BenchmarkCategory("LR create")]
    public (EbxmlHttpMessage Acknowledgment, EbxmlHttpMessage Reply) LrCreateAnswer() => (
        EbxmlAcknowledgment.For(MainMessages.LrCreateHeader, "E1F2A3B4-C5D6-4E7F-8091-A2B3C4D5E6F7", SampleEbxml.Timestamp).ToHttp(),
        EbxmlWriter.Write(new EbxmlMessage(MainMessages.LrReplyHeader(), MainMessages.LrCreatedReply())));

    [Benchmark]
    [BenchmarkCategory("LR confirmation")]
    public byte[] LrConfirmationRequest() => SoapEnvelope.ToBytes(LrSampleRequests.Confirmation());

    [Benchmark]
    [BenchmarkCategory("LR confirmation")]
    public byte[] LrConfirmationAnswer() => LrMessages.ConfirmShortAnswer(SampleRequests.ResponseContext(), LRExists.Of(true)).ToBytes();
}
