using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Tests;

public sealed class CommandLineTests
{
    [Test]
    public async Task Options_BecomeConfiguration_AndUnknownSettingsPassThrough()
    {
        string[]? seen = null;
        var command = SimulatorCommandLine.Build((configuration, _) =>
        {
            seen = configuration;
            return Task.FromResult(0);
        });

        var exit = await command.Parse(["--urls", "http://127.0.0.1:5055", "--in-memory", "--strict", "--seed", "seed.json", "--Simulator:Lr:GracePeriod=01:00:00"]).InvokeAsync();

        Assert.That(exit, Is.Zero);
        Assert.That(seen, Does.Contain("--urls=http://127.0.0.1:5055")
            .And.Contain("--Simulator:InMemory=True")
            .And.Contain("--Simulator:Strict=True")
            .And.Contain($"--Simulator:SeedFile={Path.GetFullPath("seed.json")}")
            .And.Contain("--Simulator:Lr:GracePeriod=01:00:00"));
    }

    [Test]
    public async Task NoUrls_ListensOnLoopbackPort5000()
    {
        string[]? seen = null;
        await SimulatorCommandLine.Build((configuration, _) => Task.FromResult((seen = configuration).Length)).Parse([]).InvokeAsync();

        Assert.That(seen, Does.Contain("--urls=http://127.0.0.1:5000").And.Contain($"--Simulator:DataFile={Path.GetFullPath("spine-simulator.db")}"));
    }

    [Test]
    public async Task UrlsBeyondLoopback_AreUsedOnlyWhenGiven_AndApiKeyBecomesTheAdminKeySetting()
    {
        string[]? seen = null;
        await SimulatorCommandLine.Build((configuration, _) => Task.FromResult((seen = configuration).Length))
            .Parse(["--urls", "http://0.0.0.0:5055", "--api-key", "correct-horse-battery-staple"]).InvokeAsync();

        Assert.That(seen, Does.Contain("--urls=http://0.0.0.0:5055").And.Contain("--Simulator:AdminApiKey=correct-horse-battery-staple"));
    }

    [Test]
    public async Task NoApiKey_SetsNoAdminKey()
    {
        string[]? seen = null;
        await SimulatorCommandLine.Build((configuration, _) => Task.FromResult((seen = configuration).Length)).Parse([]).InvokeAsync();

        Assert.That(seen, Has.None.StartsWith("--Simulator:AdminApiKey"));
    }

    [Test]
    public async Task Tls_PointsAtTheCertificateFolder_AndListensOnHttpsByDefault()
    {
        string[]? seen = null;
        await SimulatorCommandLine.Build((configuration, _) => Task.FromResult((seen = configuration).Length)).Parse(["--tls", "certs"]).InvokeAsync();

        var folder = Path.GetFullPath("certs");
        Assert.That(seen, Does.Contain("--urls=https://127.0.0.1:5443")
            .And.Contain($"--Simulator:Tls:CertificateFile={Path.Combine(folder, "server.crt")}")
            .And.Contain($"--Simulator:Tls:KeyFile={Path.Combine(folder, "server.key")}")
            .And.Contain($"--Simulator:Tls:ClientCaFile={Path.Combine(folder, "ca.crt")}"));
    }

    [Test]
    public void Tls_WithAPlainHttpUrl_IsAnError()
    {
        var parsed = SimulatorCommandLine.Build((_, _) => Task.FromResult(0)).Parse(["--tls", "certs", "--urls", "https://127.0.0.1:6000;http://127.0.0.1:6001"]);

        Assert.That(parsed.Errors.Select(e => e.Message), Has.Some.Contains("every --urls address must be https://").And.Some.Contains("http://127.0.0.1:6001"));
    }

    [Test]
    public async Task SeedFile_SeedsPatientsAndFaultRules_AndABadOneStopsStartWithEveryProblem()
    {
        var good = Path.GetTempFileName();
        var bad = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(good, """
                { "patients": [ { "nhsNumber": "9434765919", "view": "No", "store": "Ask" } ],
                  "faultRules": [ { "nhsNumber": "9000000009", "kind": "SoapFault", "code": "206", "remainingUses": 1 } ] }
                """);
            await File.WriteAllTextAsync(bad, """
                { "patients": [ { "nhsNumber": "1234567890", "view": "Maybe" } ],
                  "faultRules": [ { "kind": "DelayReply" } ] }
                """);

            await using (var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:SeedFile"] = good }))
            {
                var held = await host.Permissions.FindAsync(NhsNumber.From("9434765919"), CancellationToken.None);
                Assert.That((held!.View, held.Store), Is.EqualTo(((AcsPermission?)AcsPermission.No, (AcsPermission?)null)));
                Assert.That((await host.Services.GetRequiredService<IFaultRuleStore>().ListAsync(CancellationToken.None)).Single().Kind, Is.EqualTo(FaultKind.SoapFault));
            }

            var failure = Assert.ThrowsAsync<InvalidDataException>(() => SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:SeedFile"] = bad }));
            Assert.That(failure!.Message, Does.Contain("3 problem(s)").And.Contain("check value of 10").And.Contain("'Maybe' is not a permission")
                .And.Contain("fault rule 1 (DelayReply): A DelayReply rule needs a positive delay"));
        }
        finally
        {
            File.Delete(good);
            File.Delete(bad);
        }
    }
}
