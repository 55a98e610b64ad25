using BenchmarkDotNet.Attributes;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation;
using SpineConformance.Validation.Ebxml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Benchmarks;

/// <summary>
/// Validating an already-read request with the layered validation the simulator runs by default (its Spine profile:
/// transport, wrapper, payload rules, then our schema; for ebXML the header's pattern rules, then the payload's).
/// The two <c>AcsGet…Only</c> benchmarks split ACS Get's cost between the rules and the schema.
/// </summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private static readonly SyncInteraction LrCreateInteraction = new(LrInteractions.RequestCreateLrId, LrInteractions.LrsService,
        LrInteractions.ConfirmLrCreatedId, string.Empty, string.Empty, string.Empty);

    private MessageUnderTest acsGet = null!;
    private MessageUnderTest acsSet = null!;
    private MessageUnderTest acsHas = null!;
    private MessageUnderTest lrConfirmation = null!;
    private EbxmlReadResult lrCreate = null!;
    private MessageValidator acsGetRules = null!;
    private MessageUnderTest lrCreatePayload = null!;

    [GlobalSetup]
    public void ReadEveryMessage()
    {
        acsGet = Read(MainMessages.AcsGet);
        acsGetRules = new MessageValidator(ValidationProfiles.Spine(acsGet.Interaction)!.Rules, schema: null);
        acsSet = Read(MainMessages.AcsSet);
        acsHas = Read(MainMessages.AcsHas);
        lrConfirmation = Read(MainMessages.LrConfirmation);
        lrCreate = EbxmlReader.Read(MainMessages.LrCreate.ContentType, MainMessages.LrCreate.Body.Span);
        lrCreatePayload = new MessageUnderTest(
            SyncMessage.FromHl7Payload(lrCreate.Message.Payload!, lrCreate.Message.Header.SoapAction)!, lrCreate.Message.Header.SoapAction, LrCreateInteraction);
        BenchmarkPreconditions.Check(
            ("ACS Get is valid", AcsGet().IsValid),
            ("ACS Set is valid", AcsSet().IsValid),
            ("ACS Has is valid", AcsHas().IsValid),
            ("LR create is valid", LrCreate().IsValid),
            ("LR confirmation is valid", LrConfirmation().IsValid));
    }

    [Benchmark]
    [BenchmarkCategory("ACS Get")]
    public ValidationReport AcsGet() => Spine(acsGet);

    [Benchmark]
    [BenchmarkCategory("ACS Get")]
    public ValidationReport AcsGetRulesOnly() => acsGetRules.Validate(acsGet);

    [Benchmark]
    [BenchmarkCategory("ACS Get")]
    public IReadOnlyList<Finding> AcsGetSchemaOnly() => SchemaValidator.Ours.Validate(acsGet.Message.Interaction!);

    [Benchmark]
    [BenchmarkCategory("ACS Set")]
    public ValidationReport AcsSet() => Spine(acsSet);

    [Benchmark]
    [BenchmarkCategory("ACS Has")]
    public ValidationReport AcsHas() => Spine(acsHas);

    [Benchmark]
    [BenchmarkCategory("LR create")]
    public ValidationReport LrCreate() =>
        EbxmlValidator.Validate(lrCreate, EbxmlPattern.Reliable).Merge(ValidationProfiles.AsyncPayload(LrInteractions.RequestCreateLrId)!.Validate(lrCreatePayload));

    [Benchmark]
    [BenchmarkCategory("LR confirmation")]
    public ValidationReport LrConfirmation() => Spine(lrConfirmation);

    private static ValidationReport Spine(MessageUnderTest message) => ValidationProfiles.Spine(message.Interaction)!.Validate(message);

    private static MessageUnderTest Read(SyncWire wire) =>
        new(SyncMessage.From(HardenedXml.Load(wire.Body).Document!)!, wire.Interaction.Action, wire.Interaction);
}
