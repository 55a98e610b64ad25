using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests;

[Parallelizable(ParallelScope.All)]
public sealed class GetResourcePermissionsTests
{
    private static SpineSimulatorHost host = null!;

    [OneTimeSetUp]
    public static async Task StartAsync() => host = await SpineSimulatorHost.StartAsync();

    [OneTimeTearDown]
    public static async Task StopAsync() => await host.DisposeAsync();

    [Test]
    public async Task Get_PatientWithNoDecision_ReturnsNoAssertion()
    {
        var nhsNumber = Some.NhsNumber().Value;
        using var client = new SimulatorClient(host.BaseAddress);

        var (status, body, _) = await client.PostAsync(SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction);

        Assert.That(status, Is.EqualTo(200));
        var permissions = ((AcsResponse.PermissionsReturned)AcsResponseReader.Read(body)).Permissions;
        Assert.That(permissions.NhsNumber, Is.EqualTo(nhsNumber));
        Assert.That(permissions.Assertions, Is.Empty);
    }

    [Test]
    public async Task Get_DissentedPatient_ReturnsNoForBothFunctions()
    {
        var nhsNumber = Some.NhsNumber();
        await host.SeedPermissionsAsync(new PatientPermissions(nhsNumber, AcsPermission.No, AcsPermission.No));
        using var client = new SimulatorClient(host.BaseAddress);

        var (_, body, _) = await client.PostAsync(SampleRequests.Get(nhsNumber.Value), BrokenGetRequests.GetAction);

        var permissions = ((AcsResponse.PermissionsReturned)AcsResponseReader.Read(body)).Permissions;
        Assert.That(permissions.PermissionFor(AcsFunction.View), Is.EqualTo(AcsPermission.No));
        Assert.That(permissions.PermissionFor(AcsFunction.Store), Is.EqualTo(AcsPermission.No));
    }

    [Test]
    public async Task Get_AlternativeSyncPath_IsServed()
    {
        using var client = new SimulatorClient(host.BaseAddress);

        var (status, body, _) = await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction, "/syncservice-lrs/acf");

        Assert.That(status, Is.EqualTo(200));
        Assert.That(AcsResponseReader.Read(body), Is.TypeOf<AcsResponse.PermissionsReturned>());
    }

    [Test]
    public async Task Get_QuotedAndDoubledUrnSoapAction_IsAccepted()
    {
        using var client = new SimulatorClient(host.BaseAddress);

        var (quoted, _, _) = await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), $"\"{BrokenGetRequests.GetAction}\"");
        var (doubled, _, _) = await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), "urn:" + BrokenGetRequests.GetAction);

        Assert.That((quoted, doubled), Is.EqualTo((200, 200)));
    }

    [Test]
    public async Task UnknownSoapAction_IsSoapFault101WithHttp500()
    {
        using var client = new SimulatorClient(host.BaseAddress);

        var (status, body, _) = await client.PostAsync(SampleRequests.Get(), "urn:nhs:names:services:lrsquery/NOT_AN_INTERACTION");

        var fault = ((AcsResponse.Faulted)AcsResponseReader.Read(body)).Fault;
        Assert.That(status, Is.EqualTo(500));
        Assert.That(fault.Errors.Single().ErrorCode, Is.EqualTo("101"));
        Assert.That(fault.Errors.Single().CodeContext, Is.EqualTo("urn:nhs:names:errors:tms"));
    }

    [Test]
    public async Task NotWellFormed_IsSoapFault201AndJournaled()
    {
        using var client = new SimulatorClient(host.BaseAddress);
        var marker = Some.NhsNumber().Value;

        var (status, body, _) = await client.PostAsync(System.Text.Encoding.UTF8.GetBytes($"<SOAP-ENV:Envelope><broken {marker}"), BrokenGetRequests.GetAction);

        Assert.That(status, Is.EqualTo(500));
        Assert.That(((AcsResponse.Faulted)AcsResponseReader.Read(body)).Fault.Errors.Single().ErrorCode, Is.EqualTo("201"));
        var entry = host.Journal.Snapshot().Last(e => System.Text.Encoding.UTF8.GetString(e.RequestBody).Contains(marker, StringComparison.Ordinal));
        Assert.That(entry.Validation.Findings.Single().FaultName, Is.EqualTo("ErrorBaseTms.MESSAGE_NOT_WELL_FORMED"));
    }

    [Test]
    public async Task Journal_KeepsExactBytesAndFindings()
    {
        var nhsNumber = Some.NhsNumber().Value;
        using var client = new SimulatorClient(host.BaseAddress);
        var sent = Hl7.Soap.SoapEnvelope.ToBytes(SampleRequests.Get(nhsNumber));

        var (_, _, text) = await client.PostAsync(sent, BrokenGetRequests.GetAction);
        var entry = await host.Journal.WaitForAsync(e => e.NhsNumber == nhsNumber, TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(entry.RequestBody, Is.EqualTo(sent));
            Assert.That(System.Text.Encoding.UTF8.GetString(entry.ResponseBody), Is.EqualTo(text));
            Assert.That(entry.InteractionId, Is.EqualTo("GET_RESOURCE_PERMISSIONS_INUK01"));
            Assert.That(entry.SenderAsid, Is.EqualTo(SampleRequests.SenderAsid));
            Assert.That(entry.StatusCode, Is.EqualTo(200));
            Assert.That(entry.Validation.Findings, Is.Empty);
            Assert.That(entry.Outcome, Does.StartWith("answered"));
        });
    }

    [Test]
    public async Task Healthcheck_IsReady()
    {
        using var client = new SimulatorClient(host.BaseAddress);

        using var response = await client.GetAsync("/healthcheck");

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [TestCase("get-resource-permissions.xml", BrokenGetRequests.GetAction)]
    [TestCase("set-resource-permissions.xml", BrokenSetRequests.SetAction)]
    [TestCase("has-resource-permissions.xml", BrokenHasRequests.HasAction)]
    public async Task ReadmeExample_IsValidAndAnswered(string file, string soapAction)
    {
        await using var fresh = await SpineSimulatorHost.StartAsync();
        using var client = new SimulatorClient(fresh.BaseAddress);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "examples", file));

        var (status, body, _) = await client.PostAsync(bytes, soapAction);
        var entry = fresh.Journal.Snapshot().Single();

        Assert.That(status, Is.EqualTo(200));
        Assert.That(entry.Validation.Findings, Is.Empty, entry.Validation.ToString());
        Assert.That(AcsResponseReader.Read(body), Is.TypeOf<AcsResponse.PermissionsReturned>().Or.TypeOf<AcsResponse.Acknowledged>().With.Property("Type").EqualTo(AcknowledgementType.AA));
    }

    [Test]
    public async Task ReadmeWalkthrough_SetThenGet_ShowsTheChange()
    {
        await using var fresh = await SpineSimulatorHost.StartAsync();
        using var client = new SimulatorClient(fresh.BaseAddress);
        var examples = Path.Combine(AppContext.BaseDirectory, "examples");
        var get = (await File.ReadAllTextAsync(Path.Combine(examples, "get-resource-permissions.xml"))).Replace("9000000009", "9434765919", StringComparison.Ordinal);

        var (_, before, _) = await client.PostAsync(System.Text.Encoding.UTF8.GetBytes(get), BrokenGetRequests.GetAction);
        await client.PostAsync(await File.ReadAllBytesAsync(Path.Combine(examples, "set-resource-permissions.xml")), BrokenSetRequests.SetAction);
        var (_, after, _) = await client.PostAsync(System.Text.Encoding.UTF8.GetBytes(get), BrokenGetRequests.GetAction);

        Assert.That(((AcsResponse.PermissionsReturned)AcsResponseReader.Read(before)).Permissions.Assertions, Is.Empty);
        var permissions = ((AcsResponse.PermissionsReturned)AcsResponseReader.Read(after)).Permissions;
        Assert.That((permissions.PermissionFor(AcsFunction.View), permissions.PermissionFor(AcsFunction.Store)), Is.EqualTo((AcsPermission.No, AcsPermission.No)));
    }

    private static IEnumerable<BrokenGetRequests.Breakage> Breakages() =>
        BrokenGetRequests.All().Concat(BrokenSetRequests.All()).Concat(BrokenHasRequests.All());

    [TestCaseSource(nameof(Breakages))]
    public async Task BreakingARule_IsAnsweredWithAeNamingTheFault(BrokenGetRequests.Breakage broken)
    {
        using var client = new SimulatorClient(host.BaseAddress);

        var (status, body, _) = await client.PostAsync(broken.Build(), broken.SoapAction);

        var answer = AcsResponseReader.Read(body);
        Assert.That(status, Is.EqualTo(200), "Spine answers validation errors with HTTP 200");
        var acknowledged = (AcsResponse.Acknowledged)answer;
        Assert.That(acknowledged.Type, Is.EqualTo(AcknowledgementType.AE));
        Assert.That(acknowledged.Reasons[0], Is.EqualTo(new DetectedIssue("400", Hl7Constants.PsisDetectedIssueCodeSystem, "Invalid Request")));
        var specific = acknowledged.Reasons.Skip(1).Select(r => $"{r.Code} {r.DisplayName}").ToList();
        Assert.That(specific, Has.Some.Contains(broken.FaultName).Or.Some.StartWith("35506 ").Or.Some.StartWith("35160 "), string.Join(Environment.NewLine, specific));
        var wrapper = Hl7.Soap.SyncMessage.From(body)!.BodyRoot!.Name.LocalName;
        Assert.That(wrapper, Is.EqualTo(AcsInteractions.All.Single(i => i.Action == broken.SoapAction).ResponseWrapper));
    }

    [Test]
    public async Task Get_ElevenDigitNhsNumber_IsTheMthDocumented35506()
    {
        using var client = new SimulatorClient(host.BaseAddress);

        var (_, body, _) = await client.PostAsync(SampleRequests.Get("91928374650"), BrokenGetRequests.GetAction);

        var reasons = ((AcsResponse.Acknowledged)AcsResponseReader.Read(body)).Reasons;
        Assert.That(reasons.Select(r => r.Code), Is.EqualTo(new[] { "400", "35506" }));
        Assert.That(reasons[1].DisplayName, Is.EqualTo("35506-Invalid input message. Mandatory field Resource Ctx missing or incorrect."));
        Assert.That(Hl7.Soap.SyncMessage.From(body)!.Action, Is.EqualTo("urn:nhs:names:services:lrsquery/MCCI_IN010000UK13"));
    }
}
