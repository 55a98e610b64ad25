using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests;

public sealed class DirectoryTests
{
    private static readonly string UnregisteredAsid = "299999999999";

    [Test]
    public async Task UnregisteredAsid_InStrictMode_IsRejectedWithAe()
    {
        await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:Strict"] = "true" });
        using var client = new SimulatorClient(host.BaseAddress);

        var (status, body, _) = await client.PostAsync(SampleRequests.Get(outgoing: Unregistered()), BrokenGetRequests.GetAction);

        var answer = (AcsResponse.Acknowledged)AcsResponseReader.Read(body);
        Assert.That(status, Is.EqualTo(200));
        Assert.That(answer.Type, Is.EqualTo(AcknowledgementType.AE));
        Assert.That(answer.ErrorText, Does.Contain(SdsRegistrationCheck.AsidFault));
    }

    [Test]
    public async Task UnregisteredAsid_ByDefault_IsAnsweredWithAWarningInTheJournal()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var client = new SimulatorClient(host.BaseAddress);

        var (_, body, _) = await client.PostAsync(SampleRequests.Get(outgoing: Unregistered()), BrokenGetRequests.GetAction);

        Assert.That(AcsResponseReader.Read(body), Is.TypeOf<AcsResponse.PermissionsReturned>());
        var finding = host.Journal.Snapshot().Single().Validation.Findings.Single();
        Assert.That((finding.RuleId, finding.Severity), Is.EqualTo(("SDS-ASID-REGISTERED", Validation.Findings.Severity.Warning)));
        Assert.That(finding.Message, Does.Contain("PUT /admin/directory/systems/" + UnregisteredAsid));
    }

    [Test]
    public async Task RegisteringTheSystem_ThroughTheAdminApi_LetsItsRequestsThroughInStrictMode()
    {
        await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:Strict"] = "true" });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var client = new SimulatorClient(host.BaseAddress);
        var system = new AccreditedSystem
        {
            Asid = UnregisteredAsid,
            PartyKey = "X99999-0000001",
            Interactions = ["urn:nhs:names:services:lrsquery:GET_RESOURCE_PERMISSIONS_INUK01"],
        };

        using var put = await http.PutAsJsonAsync($"/admin/directory/systems/{UnregisteredAsid}", system, DirectoryJson.Options);
        var (_, body, _) = await client.PostAsync(SampleRequests.Get(outgoing: Unregistered()), BrokenGetRequests.GetAction);

        Assert.That((int)put.StatusCode, Is.EqualTo(200));
        Assert.That(AcsResponseReader.Read(body), Is.TypeOf<AcsResponse.PermissionsReturned>());
    }

    [Test]
    public async Task RegisteredSystem_UsingAnotherInteraction_IsRejectedInStrictMode()
    {
        await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:Strict"] = "true" });
        host.Services.GetRequiredService<SpineDirectory>().Upsert(new AccreditedSystem { Asid = SampleRequests.SenderAsid, PartyKey = "P", Interactions = [] });
        using var client = new SimulatorClient(host.BaseAddress);

        var (_, body, _) = await client.PostAsync(SampleRequests.Get(), BrokenGetRequests.GetAction);

        Assert.That(((AcsResponse.Acknowledged)AcsResponseReader.Read(body)).ErrorText, Does.Contain(SdsRegistrationCheck.InteractionFault));
    }

    [Test]
    public void DirectoryFile_WithIsoDurations_IsRead_AndABadOneNamesTheFile()
    {
        var good = Path.GetTempFileName();
        var bad = Path.GetTempFileName();
        try
        {
            File.WriteAllText(good, """{ "systems": [ { "asid": "200000000101", "partyKey": "P", "reliability": { "retries": 3, "retryInterval": "PT0.5S", "persistDuration": "PT5M" } } ] }""");
            File.WriteAllText(bad, """{ "systems": [ { "asid": "200000000101", "partyKey": "P", "reliability": { "retryInterval": "soon" } } ] }""");

            var reliability = DirectoryJson.Read(good).Systems.Single().Reliability;

            Assert.That((reliability.Retries, reliability.RetryInterval, reliability.PersistDuration),
                Is.EqualTo((3, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(5))));
            Assert.That(() => DirectoryJson.Read(bad), Throws.TypeOf<InvalidDataException>().With.Message.Contains(bad).And.Message.Contains("'soon' is not a duration"));
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }

    [Test]
    public void Membership_AddTwiceAndRemoveTwice_ReportsWhetherAnythingChanged()
    {
        var directory = new SpineDirectory(DirectoryJson.ReadDefault());

        Assert.That(directory.AddMember("200000000001", "100000000011"), Is.True);
        Assert.That(directory.AddMember("200000000001", "100000000011"), Is.False, "already a member");
        Assert.That(directory.Members("200000000001").Select(m => m.Profile.RoleProfileId), Is.EquivalentTo(new[] { "100000000001", "100000000011" }));
        Assert.That(directory.RemoveMember("200000000001", "100000000011"), Is.True);
        Assert.That(directory.RemoveMember("200000000001", "100000000011"), Is.False, "was not a member");
    }

    [Test]
    public async Task AnOrganisation_PutThroughTheAdminApi_IsInTheDirectory()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var put = await http.PutAsJsonAsync("/admin/directory/organisations/X26AB", new Organisation("X26AB", "Riverside Surgery"), DirectoryJson.Options);
        var read = await http.GetFromJsonAsync<Organisation>("/admin/directory/organisations/X26AB", DirectoryJson.Options);
        using var mismatched = await http.PutAsJsonAsync("/admin/directory/organisations/X26AB", new Organisation("Y11111", "Elsewhere"), DirectoryJson.Options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)put.StatusCode, Is.EqualTo(200));
            Assert.That(read, Is.EqualTo(new Organisation("X26AB", "Riverside Surgery")));
            Assert.That(host.Services.GetRequiredService<SpineDirectory>().Organisation("X26AB")?.Name, Is.EqualTo("Riverside Surgery"));
            Assert.That((int)mismatched.StatusCode, Is.EqualTo(400));
            Assert.That(await mismatched.Content.ReadAsStringAsync(), Does.Contain("differs from the address's 'X26AB'"));
        }
    }

    private static Hl7.Soap.OutgoingRequest Unregistered() =>
        SampleRequests.Outgoing() with { SenderAsid = UnregisteredAsid, Author1Asids = [UnregisteredAsid] };
}
