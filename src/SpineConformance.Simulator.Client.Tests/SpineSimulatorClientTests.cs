using System.Net;
using SpineConformance.Hl7.Acs;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Testing;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Client.Tests;

/// <summary>The typed client against a real simulator: each admin operation round-trips, and a refusal says why.</summary>
public sealed class SpineSimulatorClientTests
{
    private SpineSimulator spine = null!;

    private SpineSimulatorClient Client => spine.Client;

    [OneTimeSetUp]
    public async Task StartAsync() => spine = await SpineSimulator.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await spine.DisposeAsync();

    [Test]
    public async Task SeedPermissionsAsync_ThenRead_ReturnsThemAndTheHistoryRecordsTheChange()
    {
        var nhsNumber = Some.NhsNumber();

        await Client.SeedPermissionsAsync(new PatientPermissions(nhsNumber, AcsPermission.No, AcsPermission.Yes));

        var held = await Client.GetPermissionsAsync(nhsNumber);
        Assert.That((held.View, held.Store), Is.EqualTo(((AcsPermission?)AcsPermission.No, (AcsPermission?)AcsPermission.Yes)));
        Assert.That(await Client.GetPermissionHistoryAsync(nhsNumber), Is.Not.Empty);
    }

    [Test]
    public async Task ResetAsync_OnePatient_ForgetsTheirPermissions()
    {
        var nhsNumber = Some.NhsNumber();
        await Client.SeedPermissionsAsync(new PatientPermissions(nhsNumber, AcsPermission.No, AcsPermission.No));

        var summary = await Client.ResetAsync(new ResetRequest(nhsNumber.Value, null, null));

        Assert.That(summary.Patients, Is.EqualTo(1));
        Assert.That((await Client.GetPermissionsAsync(nhsNumber)).View, Is.Null);
    }

    [Test]
    public async Task AddFaultRuleAsync_ValidRule_IsListedWithTheIdGivenAndCanBeRemoved()
    {
        var nhsNumber = Some.NhsNumber().Value;

        var added = await Client.AddFaultRuleAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = "5000", NhsNumber = nhsNumber });

        Assert.That(await Client.GetFaultRulesAsync(), Has.Some.Matches<FaultRule>(r => r.Id == added.Id && r.NhsNumber == nhsNumber));
        await Client.RemoveFaultRuleAsync(added.Id);
        Assert.That(await Client.GetFaultRulesAsync(), Has.None.Matches<FaultRule>(r => r.Id == added.Id));
    }

    [Test]
    public void AddFaultRuleAsync_RuleTheSimulatorCannotUse_ThrowsWithStatusAndTheSimulatorsReason()
    {
        var refused = Assert.ThrowsAsync<SpineSimulatorException>(() => Client.AddFaultRuleAsync(new FaultRule { Kind = FaultKind.HttpStatus, HttpStatus = 42 }));

        Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(refused.Problem?.Title, Is.EqualTo("Invalid fault rule"));
        Assert.That(refused.Message, Does.Contain("POST").And.Contain("/admin/fault-rules").And.Contain("HTTP 400").And.Contain("httpStatus between 100 and 599"));
    }

    [Test]
    public void GetRelationshipAsync_UnknownId_ThrowsNotFoundNamingTheId()
    {
        var missing = Assert.ThrowsAsync<SpineSimulatorException>(() => Client.GetRelationshipAsync("NO-SUCH-LR"));

        Assert.That(missing!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing.Message, Does.Contain("NO-SUCH-LR"));
    }

    [Test]
    public async Task PutUserAsync_NewUser_IsInTheDirectory()
    {
        var directory = await Client.GetDirectoryAsync();
        var user = directory.Users[0] with { UserId = "555000000123", Name = "Added By Test" };

        await Client.PutUserAsync(user);

        Assert.That((await Client.GetDirectoryAsync()).Users, Has.Some.Matches<DirectoryUser>(u => u.UserId == "555000000123" && u.Name == "Added By Test"));
    }

    [Test]
    public async Task GetJournalAsync_AfterAMark_ListsOnlyWhatCameAfterIt()
    {
        var before = Some.NhsNumber().Value;
        var after = Some.NhsNumber().Value;
        await SyncPost.GetAsync(spine.SyncServiceUrl, before);
        var mark = await Client.GetJournalMarkAsync();
        await SyncPost.GetAsync(spine.SyncServiceUrl, after);

        var listed = await Client.GetJournalAsync(new JournalFilter(mark));

        Assert.That(listed.Select(e => e.NhsNumber), Is.EqualTo(new[] { after }));
        Assert.That(listed[0].Validation.Findings, Is.Empty, "a well-formed Get has no findings");
    }

    [Test]
    public async Task SeedRelationshipAsync_HoldsTheLr_AsSpineWould()
    {
        var nhsNumber = Some.NhsNumber().Value;

        var seeded = await Client.SeedRelationshipAsync(new LrSeed { NhsNumber = nhsNumber, RoleProfileId = "100000000011", UserId = "100000000012" });
        var workgroup = await Client.SeedRelationshipAsync(new LrSeed { NhsNumber = nhsNumber, WorkgroupId = "WG0000000001", LrType = "01", Id = "SEEDED-LR-1" });

        var held = await Client.GetRelationshipsAsync(nhsNumber);
        Assert.That(held.Select(lr => lr.Id), Is.EquivalentTo(new[] { seeded.Id, "SEEDED-LR-1" }));
        Assert.That((seeded.Status, seeded.LrType, seeded.Subject.RoleProfileId), Is.EqualTo((LrStatus.Active, "11", "100000000011")));
        Assert.That((workgroup.Subject.IsWorkgroup, (await Client.GetRelationshipAsync("SEEDED-LR-1")).LrType), Is.EqualTo((true, "01")));
    }

    [Test]
    public void SeedRelationshipAsync_WithABadBody_IsRefusedNamingEveryProblem_AndATakenIdIsAConflict()
    {
        var bad = Assert.ThrowsAsync<SpineSimulatorException>(() =>
            Client.SeedRelationshipAsync(new LrSeed { NhsNumber = "9434765918", LrType = "99" }));
        Assert.That(bad!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(bad.Problem?.Detail, Does.Contain("nhsNumber").And.Contain("roleProfileId").And.Contain("lrType '99'"));

        var nhsNumber = Some.NhsNumber().Value;
        Assert.DoesNotThrowAsync(() => Client.SeedRelationshipAsync(new LrSeed { NhsNumber = nhsNumber, WorkgroupId = "WG1", Id = "TAKEN-LR" }));
        var taken = Assert.ThrowsAsync<SpineSimulatorException>(() =>
            Client.SeedRelationshipAsync(new LrSeed { NhsNumber = nhsNumber, WorkgroupId = "WG1", Id = "TAKEN-LR" }));
        Assert.That(taken!.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task AllocatePatientsAsync_GivesValidNhsNumbers_NeverTheSameTwice()
    {
        var first = await Client.AllocatePatientsAsync(3);
        var second = await Client.AllocatePatientsAsync();

        Assert.That(first.Concat(second).Select(n => n.Value).ToList(), Is.Unique.And.Count.EqualTo(4));
        Assert.That(first.Concat(second).Select(n => n.Value), Has.All.StartsWith("999"));
    }

    [Test]
    public void CreateTenantAsync_OnASimulatorWithoutAnOperatorKey_IsRefusedSayingWhy()
    {
        var error = Assert.ThrowsAsync<SpineSimulatorException>(() => Client.CreateTenantAsync(new TenantRequest("Supplier A", ["200000000101"])));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(error.Problem?.Detail, Does.Contain("operator key"));
    }
}
