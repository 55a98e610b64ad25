using System.Net;
using System.Text;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Tests.Persistence;

namespace SpineConformance.Simulator.Tests.Tenants;

/// <summary>
/// Issue 20: tenants from configuration, the refusal to run tenants without an operator key, rotation, and keys that
/// appear in no answer and not in the SQLite file.
/// </summary>
[Category("robustness")]
public sealed class TenantSetupTests
{
    private const string ConfiguredKey = "spt_configured-key-of-supplier-c";

    [Test]
    public void TenantsWithoutAnOperatorKey_StopTheStart_SayingWhy()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => SpineSimulatorHost.StartAsync(Configured()));

        Assert.That(error!.Message, Does.Contain("no operator key").And.Contain("Simulator:AdminApiKey").And.Contain("Supplier C"));
    }

    [Test]
    public void AConfiguredTenantWithABadHashAsidOrSetting_StopsTheStart_NamingEach()
    {
        var settings = Configured();
        settings["Simulator:AdminApiKey"] = TwoTenants.OperatorKey;
        settings["Simulator:Tenants:0:KeySha256"] = "not-a-hash";
        settings["Simulator:Tenants:0:Asids:0"] = "12AB";
        settings["Simulator:Tenants:0:Asid"] = "200000000101";

        var error = Assert.ThrowsAsync<InvalidDataException>(() => SpineSimulatorHost.StartAsync(settings));

        Assert.That(error!.Message, Does.Contain("Simulator:Tenants:0:KeySha256").And.Contain("asid '12AB'").And.Contain("'Simulator:Tenants:0:Asid' is not one a tenant has"));
    }

    [Test]
    public async Task AConfiguredTenant_IsRecognisedByItsKey_AndSeesOnlyItsOwn()
    {
        var settings = Configured();
        settings["Simulator:AdminApiKey"] = TwoTenants.OperatorKey;
        await using var host = await SpineSimulatorHost.StartAsync(settings);
        using var tenant = SpineSimulatorClient.Create(host.BaseAddress, ConfiguredKey);
        using var operatorClient = SpineSimulatorClient.Create(host.BaseAddress, TwoTenants.OperatorKey);

        var directory = await tenant.GetDirectoryAsync();
        var listed = await operatorClient.GetTenantsAsync();

        Assert.That(directory.Systems.Select(s => s.Asid), Is.EqualTo(new[] { "200000000101" }));
        Assert.That(listed.Select(t => (t.Name, string.Join(",", t.Asids))), Is.EqualTo(new[] { ("Supplier C", "200000000101") }));
    }

    [Test]
    public async Task RotatingAKey_StopsTheOldOne_AndTheNewOneWorks()
    {
        await using var tenants = await TwoTenants.StartAsync();

        var rotated = await tenants.Operator.RotateTenantKeyAsync(tenants.IssuedA.Tenant.Id);
        using var fresh = SpineSimulatorClient.Create(tenants.Host.BaseAddress, rotated.ApiKey);
        var old = Assert.ThrowsAsync<SpineSimulatorException>(() => tenants.A.GetFaultRulesAsync());

        Assert.That(old!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await fresh.GetFaultRulesAsync(), Is.Empty);
        Assert.That(rotated.ApiKey, Is.Not.EqualTo(tenants.IssuedA.ApiKey));
    }

    [Test]
    public async Task OnSqlite_TenantsOutliveARestart_AndNoKeyIsInTheFile()
    {
        using var file = new DataFile();
        string keyA;
        await using (var tenants = await TwoTenants.StartAsync(start: settings => file.StartHostAsync(settings)))
        {
            keyA = tenants.IssuedA.ApiKey;
            await tenants.GetFromAsync(TwoTenants.AsidA, "9434765919");
        }

        await using (var host = await file.StartHostAsync(new Dictionary<string, string?> { ["Simulator:AdminApiKey"] = TwoTenants.OperatorKey }))
        {
            using var a = SpineSimulatorClient.Create(host.BaseAddress, keyA);
            var journal = await a.GetJournalAsync(new JournalFilter());
            Assert.That(journal.Select(e => e.SenderAsid), Is.EqualTo(new[] { TwoTenants.AsidA }), "the key still works, and the entry is still A's");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(file.Path);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.That(text, Does.Not.Contain(keyA).And.Not.Contain(keyA[4..]));
        Assert.That(text, Does.Contain(TenantKeys.Sha256(keyA)), "the hash is what is kept");
    }

    [Test]
    public async Task WithoutTenants_NothingChanges_EveryoneIsTheOperatorWhenNoKeyIsSet()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var client = SpineSimulatorClient.Create(host.BaseAddress);

        var rule = await client.AddFaultRuleAsync(new FaultRule { Kind = FaultKind.SoapFault, NhsNumber = "9000000009" });

        Assert.That(rule.TenantId, Is.Null);
        Assert.That((await client.GetFaultRulesAsync()).Select(r => r.Id), Is.EqualTo(new[] { rule.Id }));
        Assert.That(await client.GetTenantsAsync(), Is.Empty);
    }

    private static Dictionary<string, string?> Configured() => new()
    {
        ["Simulator:Tenants:0:Name"] = "Supplier C",
        ["Simulator:Tenants:0:KeySha256"] = TenantKeys.Sha256(ConfiguredKey),
        ["Simulator:Tenants:0:Asids:0"] = "200000000101",
    };
}
