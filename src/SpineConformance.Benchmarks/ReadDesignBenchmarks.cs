using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using BenchmarkDotNet.Attributes;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Benchmarks;

/// <summary>
/// The evidence for a design decision, kept so it can be measured again: would a streaming reader, checking the schema as
/// it reads, be cheaper than what the simulator does (the request read once into a tree, then the HL7 interaction
/// checked against the schema in place)? <see cref="TreeThenSchemaInPlace"/> is the simulator's way, the baseline;
/// <see cref="StreamWithSchema"/> reads the same request with an <see cref="XmlReader"/> and checks the interaction with a
/// validating reader over its subtree, building nothing; <see cref="Tree"/> and <see cref="StreamEveryNode"/> are each
/// way's reading alone. Both checks are shown at setup to find the same fault in a broken copy of the request, so
/// neither is timed doing less than the other.
/// </summary>
[MemoryDiagnoser]
public class ReadDesignBenchmarks
{
    private static readonly XmlReaderSettings Plain = HardenedXml.ReaderSettings();

    private byte[] request = [];
    private XName interaction = XName.Get("none");
    private XmlReaderSettings validating = null!;
    private int streamErrors;

    [Params("ACS Get", "ACS Set")]
    public string Message { get; set; } = "ACS Get";

    [GlobalSetup]
    public void Prepare()
    {
        request = (Message == "ACS Set" ? MainMessages.AcsSet : MainMessages.AcsGet).Body;
        interaction = SyncMessage.From(HardenedXml.Load(request).Document!)!.Interaction!.Name;
        validating = HardenedXml.ReaderSettings();
        validating.Schemas = SpineSchemaSet.Schemas;
        validating.ValidationType = ValidationType.Schema;
        validating.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
            {
                streamErrors++;
            }
        };

        // The same fault in both: an element the schema does not allow, inside the interaction.
        var broken = HardenedXml.Load(request).Document!;
        SyncMessage.From(broken)!.Interaction!.Add(new XElement(interaction.Namespace + "notInTheSchema"));
        var brokenBytes = SoapEnvelope.ToBytes(broken);
        BenchmarkPreconditions.Check(
            ("the request passes the schema in place", TreeThenSchemaInPlace() == 0),
            ("the request passes the streaming schema check", StreamWithSchema(request) == 0),
            ("the broken copy fails the schema in place", SchemaErrorsInPlace(brokenBytes) > 0),
            ("the broken copy fails the streaming schema check", StreamWithSchema(brokenBytes) > 0));
    }

    /// <summary>The simulator's read: the whole request into a tree (<see cref="HardenedXml.Load(byte[], long)"/>).</summary>
    [Benchmark]
    public XDocument? Tree() => HardenedXml.Load(request).Document;

    /// <summary>The simulator's read and schema check: the tree, then the interaction checked in place.</summary>
    [Benchmark(Baseline = true)]
    public int TreeThenSchemaInPlace() => SchemaErrorsInPlace(request);

    /// <summary>A streaming read's floor: every node of the request read once, nothing kept.</summary>
    [Benchmark]
    public int StreamEveryNode()
    {
        using var reader = XmlReader.Create(new MemoryStream(request, writable: false), Plain);
        var nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    /// <summary>A streaming read with the schema check: the interaction's subtree read through a validating reader.</summary>
    [Benchmark]
    public int StreamWithSchema() => StreamWithSchema(request);

    private static int SchemaErrorsInPlace(byte[] bytes) =>
        SchemaValidator.Ours.Validate(SyncMessage.From(HardenedXml.Load(bytes).Document!)!.Interaction!).Count;

    private int StreamWithSchema(byte[] bytes)
    {
        streamErrors = 0;
        using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), Plain);
        if (!reader.ReadToFollowing(interaction.LocalName, interaction.NamespaceName))
        {
            throw new InvalidOperationException($"The request has no {interaction}.");
        }

        using var checking = XmlReader.Create(reader.ReadSubtree(), validating);
        while (checking.Read())
        {
        }

        return streamErrors;
    }
}
