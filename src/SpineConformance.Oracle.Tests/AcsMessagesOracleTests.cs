using SpineConformance.Oracle.Tests.Exchanges;
using SpineConformance.Oracle.Tests.Schemas;
using SpineConformance.Simulator.Journal;

namespace SpineConformance.Oracle.Tests;

/// <summary>
/// Real messages judged by the official schemas: the reference SUT's requests (driven through its test hook) and the
/// simulator's answers, for every case in <see cref="OracleCases"/>. A failure names the schema, each error and its XPath.
/// </summary>
[Category("oracle")]
public sealed class AcsMessagesOracleTests
{
    private OracleRun? run;

    private OracleRun Run => run ?? throw new InvalidOperationException("The simulator and the SUT were not started.");

    [OneTimeSetUp]
    public async Task StartHostsAndRunEveryCase()
    {
        // Without the schemas every test is ignored in SetUp, so there is nothing to start.
        if (OfficialSchemaFolder.Exists)
        {
            run = await OracleRun.StartAsync();
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

    private static IEnumerable<TestCaseData> Cases() => OracleCases.All.Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(Cases))]
    public void SutRequest_ForCase_IsAcceptedByTheOfficialRequestSchema(OracleCase oracleCase)
    {
        var exchange = Run.For(oracleCase).SingleExchange(oracleCase);

        var request = JournalMessage.Interaction(exchange.RequestBody, $"The SUT's request in '{oracleCase}'");

        OfficialSchemaOracle.AssertValid(request, oracleCase.RequestSchema, $"The SUT's {request.Name.LocalName} in '{oracleCase}'");
    }

    [TestCaseSource(nameof(Cases))]
    public void SimulatorResponse_ForCase_IsAcceptedByTheOfficialResponseSchema(OracleCase oracleCase)
    {
        var exchange = Run.For(oracleCase).SingleExchange(oracleCase);

        var response = JournalMessage.Interaction(exchange.ResponseBody, $"The simulator's answer in '{oracleCase}'");

        Assert.That(response.Name.LocalName, Is.EqualTo(oracleCase.ResponseSchema.InteractionId),
            $"In '{oracleCase}' the simulator answered with the wrong interaction ({exchange.Outcome}).");
        if (oracleCase.AcknowledgementTypeCode is { } typeCode)
        {
            Assert.That(JournalMessage.AcknowledgementTypeCode(response), Is.EqualTo(typeCode),
                $"In '{oracleCase}' the simulator's acknowledgement/@typeCode is not the expected one ({exchange.Outcome}).");
        }

        OfficialSchemaOracle.AssertValid(response, oracleCase.ResponseSchema, $"The simulator's {response.Name.LocalName} in '{oracleCase}'");
    }

    [Test]
    public void Journal_AfterEveryCase_HoldsOnlyMessagesTheOfficialSchemasAccept()
    {
        var journal = Run.Journal();
        Assert.That(journal, Is.Not.Empty, "The SUT sent nothing at all, so there is nothing to judge; each case's own tests say why.");

        var problems = journal.SelectMany(entry => Problems(entry, "request", entry.RequestBody).Concat(Problems(entry, "response", entry.ResponseBody))).ToList();

        Assert.That(problems, Is.Empty, () =>
            $"{problems.Count} of the {journal.Count * 2} journaled messages are not accepted by the official schemas:{Environment.NewLine}" +
            string.Join(Environment.NewLine, problems));
    }

    private static IEnumerable<string> Problems(JournalEntry entry, string direction, byte[] body)
    {
        var what = $"Journal entry {entry.Id} ({entry.InteractionId}, NHS number {entry.NhsNumber ?? "-"}) {direction}";
        var document = OfficialSchemaOracle.Load(body);
        if (JournalMessage.InteractionOrNull(document) is not { } interaction)
        {
            return [JournalMessage.NoInteraction(what, document)];
        }

        if (OfficialSchema.For(interaction.Name.LocalName) is not { } schema)
        {
            return [$"{what}: no official schema here declares {interaction.Name.LocalName}."];
        }

        return OfficialSchemaOracle.Validate(interaction, schema).Select(error => $"{what} against {schema}: {error}");
    }
}
