using System.Net.Http.Headers;
using System.Text;
using NUnit.Framework;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Testing;

namespace MyGpSystem.SpineTests;

/// <summary>
/// The simulator inside a supplier's own tests: start it, seed what Spine holds, let the system under test call it (here
/// a plain HttpClient posting a captured Get stands in for the supplier's Spine client), and assert on the journal.
/// </summary>
public sealed class SimulatorInMyTests
{
    private const string GetAction = "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01";

    [Test]
    public async Task AGet_IsAnsweredFromTheSeededState_AndJournaledWithoutFindings()
    {
        // README: Simulator.Testing
        await using var spine = await SpineSimulator.StartAsync();
        var patient = NhsNumber.From("9000000009");
        await spine.Client.SeedPermissionsAsync(new PatientPermissions(patient, AcsPermission.No, AcsPermission.Yes));
        var mark = await spine.Journal.MarkAsync();

        // The system under test would send this; it is pointed at spine.SyncServiceUrl.
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, spine.SyncServiceUrl)
        {
            Content = new ByteArrayContent(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "messages", "get-resource-permissions.xml")))
            {
                Headers = { ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8") },
            },
        };
        request.Headers.Add("SOAPAction", GetAction);
        using var answer = await http.SendAsync(request);
        var body = await answer.Content.ReadAsStringAsync();

        var get = await spine.Journal.WaitForAsync(e => e.Id > mark && e.InteractionId == "GET_RESOURCE_PERMISSIONS_INUK01", TimeSpan.FromSeconds(10));
        Assert.Multiple(() =>
        {
            Assert.That(get.NhsNumber, Is.EqualTo(patient.Value));
            Assert.That(get.Validation.Findings, Is.Empty, get.Validation.ToString());
            Assert.That((int)answer.StatusCode, Is.EqualTo(200));
            Assert.That(body, Does.Contain("typeCode=\"AA\"").And.Contain("View").And.Contain("Store"));
        });
        // README: end
    }

    [Test]
    public async Task AFaultRule_MakesSpineRefuseTheNextGet()
    {
        await using var spine = await SpineSimulator.StartAsync();
        await spine.Client.AddFaultRuleAsync(new FaultRule { Kind = FaultKind.SoapFault, Interaction = "GET_RESOURCE_PERMISSIONS_INUK01", RemainingUses = 1 });

        using var http = new HttpClient();
        using var content = new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "messages", "get-resource-permissions.xml")), Encoding.UTF8, "text/xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, spine.SyncServiceUrl) { Content = content };
        request.Headers.Add("SOAPAction", GetAction);
        using var answer = await http.SendAsync(request);

        Assert.That((int)answer.StatusCode, Is.EqualTo(500), "the injected SOAP fault");
    }

    [Test]
    public async Task WithNoPort_TheSimulatorIsReachedInMemory()
    {
        await using var spine = await SpineSimulator.StartAsync(new SpineSimulatorOptions { InMemoryTransport = true });
        using var http = spine.CreateHttpClient();   // hand this (or its handler) to the system under test
        using var content = new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "messages", "get-resource-permissions.xml")), Encoding.UTF8, "text/xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
        request.Headers.Add("SOAPAction", GetAction);

        using var answer = await http.SendAsync(request);
        var journal = await spine.Journal.ListAsync();

        Assert.That((int)answer.StatusCode, Is.EqualTo(200));
        Assert.That(journal.Select(e => e.InteractionId), Does.Contain("GET_RESOURCE_PERMISSIONS_INUK01"));
    }
}
