using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Tests.Persistence;

public sealed class DirectoryPersistenceTests
{
    private const string Asid = "200000000777";

    [Test]
    public async Task Restart_KeepsEditsMadeThroughTheAdminApiAndTheDirectory()
    {
        using var file = new DataFile();
        const string roleProfileId = "555000000777";
        const string workgroupId = "WG-777";
        await using (var first = await file.StartHostAsync())
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress };
            var put = await http.PutAsJsonAsync($"/admin/directory/systems/{Asid}", NewSystem(), DirectoryJson.Options);
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var directory = first.Services.GetRequiredService<SpineDirectory>();
            directory.Upsert(new DirectoryUser
            {
                UserId = "555000000001", Name = "Restart Tester", RoleProfiles = [new RoleProfile { RoleProfileId = roleProfileId, JobRole = "R8000", OdsCode = "A12345" }],
            });
            directory.Upsert(new Workgroup { WorkgroupId = workgroupId, Name = "Restart ward", OdsCode = "A12345" });
            Assert.That(directory.AddMember(workgroupId, roleProfileId), Is.True);
        }

        await using var second = await file.StartHostAsync();
        using var client = new HttpClient { BaseAddress = second.BaseAddress };

        var system = await client.GetFromJsonAsync<AccreditedSystem>($"/admin/directory/systems/{Asid}", DirectoryJson.Options);
        Assert.That(system, Is.Not.Null);
        Assert.That((system!.PartyKey, system.MhsEndpoint, system.Reliability.RetryInterval), Is.EqualTo(("X26-0000777", "http://127.0.0.1:9/mhs", TimeSpan.FromSeconds(7))));
        Assert.That(second.Services.GetRequiredService<SpineDirectory>().Members(workgroupId).Select(m => m.Profile.RoleProfileId), Is.EqualTo(new[] { roleProfileId }));
    }

    [Test]
    public async Task DirectoryFile_WhenGiven_ReplacesTheStoredDirectory_AndIsStoredInItsPlace()
    {
        using var file = new DataFile();
        var directoryFile = file.Path + ".directory.json";
        try
        {
            await using (var first = await file.StartHostAsync())
            {
                first.Services.GetRequiredService<SpineDirectory>().Upsert(NewSystem());
            }

            var explicitDirectory = new DirectoryData { SpinePartyKey = "YES-0000999" };
            await File.WriteAllTextAsync(directoryFile, JsonSerializer.Serialize(explicitDirectory, DirectoryJson.Options));
            await using (var second = await file.StartHostAsync(new Dictionary<string, string?> { ["Simulator:DirectoryFile"] = directoryFile }))
            {
                var directory = second.Services.GetRequiredService<SpineDirectory>();
                Assert.That((directory.SpinePartyKey, directory.SystemByAsid(Asid)), Is.EqualTo(("YES-0000999", (AccreditedSystem?)null)), "the file wins over the stored directory");
            }

            await using var third = await file.StartHostAsync();

            Assert.That(third.Services.GetRequiredService<SpineDirectory>().SpinePartyKey, Is.EqualTo("YES-0000999"), "the explicit file became the stored directory");
        }
        finally
        {
            File.Delete(directoryFile);
        }
    }

    [Test]
    public async Task NewDataFile_StartsWithTheEmbeddedDefault()
    {
        using var file = new DataFile();

        await using var host = await file.StartHostAsync();

        Assert.That(host.Services.GetRequiredService<SpineDirectory>().Snapshot().Systems.Select(s => s.Asid),
            Is.EqualTo(DirectoryJson.ReadDefault().Systems.Select(s => s.Asid)));
    }

    private static AccreditedSystem NewSystem() => new()
    {
        Asid = Asid,
        PartyKey = "X26-0000777",
        MhsEndpoint = "http://127.0.0.1:9/mhs",
        Reliability = new ReliabilitySettings { RetryInterval = TimeSpan.FromSeconds(7) },
    };
}
