using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Testing;

namespace SpineConformance.Drivers.Tests.Simulator;

/// <summary>
/// The suite under a tenant's key on a shared simulator: it registers its identities as that organisation's, and a setting
/// naming what another organisation owns stops the run with a message naming the setting, not a bare HTTP 403.
/// </summary>
public sealed class TenantRegistrationTests
{
    private const string OperatorKey = "operator-key-for-the-registration-tests";

    private static readonly TestIdentities SupplierA = Identities("200000000501", "D11111", "5001");
    private static readonly TestIdentities SupplierB = Identities("200000000601", "E22222", "6001");

    [Test]
    public async Task UnderATenantsKey_TheSuitesIdentitiesAreRegisteredAsThatTenants()
    {
        await using var spine = await SpineSimulator.StartAsync(new SpineSimulatorOptions { AdminApiKey = OperatorKey });
        var issued = await spine.Client.CreateTenantAsync(new TenantRequest("Supplier A", [SupplierA.SystemAsid.Value], [SupplierA.PartyKey]));
        using var control = Control(spine, issued.ApiKey);

        await control.RegisterAsync(SuiteDirectoryRecords.From(await control.DirectoryAsync(), SupplierA, Mhs));

        var seen = await control.DirectoryAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen.Systems.Select(s => s.Asid), Is.EqualTo(new[] { "200000000501" }), "the tenant sees its system, and only it");
            Assert.That(seen.Organisations.Select(o => o.OdsCode), Is.EqualTo(new[] { "D11111" }));
            Assert.That(seen.Users.Select(u => u.UserId), Is.EquivalentTo(new[] { "500100000002", "500100000012", "500100000022" }));
            Assert.That(seen.Workgroups.Select(w => w.WorkgroupId), Is.EqualTo(new[] { "500100000031" }));
        }
    }

    [Test]
    public async Task ASystemAnotherTenantOwns_StopsTheRunNamingTheSettings()
    {
        await using var spine = await SpineSimulator.StartAsync(new SpineSimulatorOptions { AdminApiKey = OperatorKey });
        await spine.Client.CreateTenantAsync(new TenantRequest("Supplier A", [SupplierA.SystemAsid.Value], [SupplierA.PartyKey]));
        var issuedB = await spine.Client.CreateTenantAsync(new TenantRequest("Supplier B", [SupplierB.SystemAsid.Value], [SupplierB.PartyKey]));
        using var control = Control(spine, issuedB.ApiKey);

        // Supplier B's run configured with Supplier A's system.
        var borrowed = SupplierB with { SystemAsid = SupplierA.SystemAsid, PartyKey = SupplierA.PartyKey };
        var refused = Assert.ThrowsAsync<InvalidOperationException>(() => control.RegisterAsync(SuiteDirectoryRecords.From(new DirectoryData(), borrowed, Mhs)));

        Assert.That(refused!.Message, Does.StartWith("SystemAsid, PartyKey, OrganisationCode: the simulator refused to register the system (ASID 200000000501")
            .And.Contain("HTTP 403").And.Contain("is not one of tenant 'Supplier B''s").And.Contain("ones the operator gave your tenant"));
    }

    private static readonly Uri Mhs = new("http://127.0.0.1:5100/mhs/inbound");

    private static AdminApiSimulatorControl Control(SpineSimulator spine, string key) =>
        new(spine.BaseAddress, key, () => Task.CompletedTask, TimeProvider.System);

    private static TestIdentities Identities(string asid, string odsCode, string serial) =>
        new(Asid.From(asid), Asid.From("990101234567"), SdsRoleProfileId.From($"{serial}00000001"), SdsUserId.From($"{serial}00000002"), JobRoleCode.From("R8000"))
        {
            PartyKey = $"{odsCode}-000{serial}",
            CpaIds = [$"S{asid}"],
            OrganisationCode = odsCode,
            OrganisationName = $"{odsCode} practice",
            WorkgroupId = $"{serial}00000031",
            WorkgroupName = $"{odsCode} ward",
            SecondClinician = new SutUser($"{serial}00000011", $"{serial}00000012", "R0260"),
            RestrictedUser = new SutUser($"{serial}00000021", $"{serial}00000022", "R5080"),
        };
}
