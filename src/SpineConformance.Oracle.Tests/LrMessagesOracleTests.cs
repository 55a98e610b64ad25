using System.Xml.Linq;
using SpineConformance.Oracle.Tests.Exchanges;
using SpineConformance.Oracle.Tests.Schemas;
using SpineConformance.Simulator.Journal;

namespace SpineConformance.Oracle.Tests;

/// <summary>
/// Real LR messages judged by the official MIM 7.2.02 schemas: the reference SUT's requests (driven through its LR test
/// hook; SOAP for queries, the HL7 payload of an ebXML message for async requests) and the simulator's answers (the
/// interaction inside the sync response wrapper, or the payload of the asynchronous reply it delivered to the SUT's MHS).
/// A failure names the message, the schema, each error and its XPath.
/// </summary>
[Category("oracle")]
public sealed class LrMessagesOracleTests
{
    private LrOracleRun? run;

    private LrOracleRun Run => run ?? throw new InvalidOperationException("The simulator and the SUT were not started.");

    [OneTimeSetUp]
    public async Task StartHostsAndRunEveryCase()
    {
        // Without the schemas every test is ignored in SetUp, so there is nothing to start.
        if (OfficialSchemaFolder.Exists)
        {
            run = await LrOracleRun.StartAsync();
        }
    }

    [OneTimeTearDown]
    public async Task StopHosts()
    {
        if (run is not null)
        {
            await run.DisposeAsync();
        }
    }

    [SetUp]
    public void RequireSchemas() => OfficialSchemaFolder.RequireOrIgnore();

    private static IEnumerable<TestCaseData> Cases() => LrOracleCases.All.Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(Cases))]
    public void SutRequest_ForCase_IsAcceptedByTheOfficialRequestSchema(LrOracleCase oracleCase)
    {
        var exchange = Run.For(oracleCase).Request(oracleCase);
        var what = $"The SUT's request in '{oracleCase}'";

        var request = oracleCase.IsAsync
            ? JournalMessage.EbxmlPayload(exchange.RequestContentType, exchange.RequestBody, what)
            : JournalMessage.Interaction(exchange.RequestBody, what);

        OfficialSchemaOracle.AssertValid(request, oracleCase.RequestSchema, $"The SUT's {request.Name.LocalName} in '{oracleCase}'");
    }

    [TestCaseSource(nameof(Cases))]
    public void SimulatorResponse_ForCase_IsAcceptedByTheOfficialResponseSchema(LrOracleCase oracleCase)
    {
        var recording = Run.For(oracleCase);
        var what = $"The simulator's answer in '{oracleCase}'";
        XElement response;
        string outcome;
        if (oracleCase.IsAsync)
        {
            var reply = recording.AsyncReply(oracleCase);
            response = JournalMessage.EbxmlPayload(reply.RequestContentType, reply.RequestBody, what);
            outcome = $"{recording.Request(oracleCase).Outcome}; delivery: {reply.Outcome}";
        }
        else
        {
            var exchange = recording.Request(oracleCase);
            response = JournalMessage.Interaction(exchange.ResponseBody, what);
            outcome = exchange.Outcome;
        }

        Assert.That(response.Name.LocalName, Is.EqualTo(oracleCase.ResponseSchema.InteractionId),
            $"In '{oracleCase}' the simulator answered with the wrong interaction ({outcome}).");
        if (oracleCase.AcknowledgementTypeCode is { } typeCode)
        {
            Assert.That(JournalMessage.AcknowledgementTypeCode(response), Is.EqualTo(typeCode),
                $"In '{oracleCase}' the simulator's acknowledgement/@typeCode is not the expected one ({outcome}).");
        }

        OfficialSchemaOracle.AssertValid(response, oracleCase.ResponseSchema, $"The simulator's {response.Name.LocalName} in '{oracleCase}'");
    }

    [Test]
    public void Journal_AfterEveryCase_HoldsOnlyHl7MessagesTheOfficialSchemasAccept()
    {
        var journal = Run.Journal();
        Assert.That(journal, Is.Not.Empty, "The SUT sent nothing at all, so there is nothing to judge; each case's own tests say why.");

        var judged = journal.SelectMany(Hl7Messages).ToList();
        var problems = judged.SelectMany(m => Problems(m.What, m.Interaction)).ToList();

        Assert.That(problems, Is.Empty, () =>
            $"{problems.Count} problems in the {judged.Count} HL7 messages of {journal.Count} journal entries " +
            $"(arrangements included):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    // The HL7 messages of one entry: a sync query and its answer, an async request's payload (its answer is an ebXML
    // Acknowledgment, not HL7), or the payload of a reply the simulator delivered (the SUT's answer is again only ebXML).
    private static IEnumerable<(string What, XElement? Interaction)> Hl7Messages(JournalEntry entry)
    {
        var what = $"Journal entry {entry.Id} ({entry.Direction} {entry.InteractionId}, NHS number {entry.NhsNumber ?? "-"})";
        if (entry.ConversationId is null)
        {
            yield return ($"{what} request", JournalMessage.InteractionOrNull(OfficialSchemaOracle.Load(entry.RequestBody)));
            yield return ($"{what} response", JournalMessage.InteractionOrNull(OfficialSchemaOracle.Load(entry.ResponseBody)));
        }
        else
        {
            var direction = entry.Direction == ExchangeDirection.Inbound ? "request" : "reply";
            yield return ($"{what} {direction}", JournalMessage.EbxmlPayloadOrNull(entry.RequestContentType, entry.RequestBody, out _));
        }
    }

    private static IEnumerable<string> Problems(string what, XElement? interaction)
    {
        if (interaction is null)
        {
            return [$"{what}: no HL7 interaction in it, so no official schema can judge it."];
        }

        if (OfficialSchema.For(interaction.Name.LocalName) is not { } schema)
        {
            return [$"{what}: no official schema here declares {interaction.Name.LocalName}."];
        }

        return OfficialSchemaOracle.Validate(interaction, schema).Select(error => $"{what} against {schema}: {error}");
    }
}
