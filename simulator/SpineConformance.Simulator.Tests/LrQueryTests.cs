using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests;

[Parallelizable(ParallelScope.All)]
public sealed class LrQueryTests
{
    private const string Urp = "100000000001";
    private const string User = "100000000002";
    private static SpineSimulatorHost host = null!;

    [OneTimeSetUp]
    public static async Task StartAsync() => host = await SpineSimulatorHost.StartAsync();

    [OneTimeTearDown]
    public static async Task StopAsync() => await host.DisposeAsync();

    [Test]
    public async Task ConfirmationShort_WithAndWithoutAnActiveLr()
    {
        var withLr = Some.NhsNumber().Value;
        await SeedAsync(withLr, new LrSubject(Urp, User, null));

        var yes = await QueryAsync(LrMessages.QueryConfirmation(Outgoing(), ConfirmationQuery.For(withLr, QueryParameterList.Of(User, Urp))));
        var no = await QueryAsync(LrMessages.QueryConfirmation(Outgoing(), ConfirmationQuery.For(Some.NhsNumber().Value, QueryParameterList.Of(User, Urp))));

        Assert.That(((LrResponse.Succeeded<LRExists>)yes).Payload.Exists, Is.True);
        Assert.That(((LrResponse.Succeeded<LRExists>)no).Payload.Exists, Is.False);
    }

    [Test]
    public async Task Example_QueryConfirmation_IsValidAndAnswered()
    {
        // examples/query-confirmation.xml is also the load run's LR query (eng/load/lr-query.lua): it must stay valid.
        await using var fresh = await SpineSimulatorHost.StartAsync();
        using var client = new SimulatorClient(fresh.BaseAddress);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "examples", "query-confirmation.xml"));

        var (status, body, text) = await client.PostAsync(bytes, LrInteractions.QueryConfirmationShort.Action);
        var entry = fresh.Journal.Snapshot().Single();

        Assert.That(status, Is.EqualTo(200), text);
        Assert.That(entry.Validation.Findings, Is.Empty, entry.Validation.ToString());
        Assert.That(LrResponseReader.Read(body), Is.TypeOf<LrResponse.Succeeded<LRExists>>());
    }

    [Test]
    public async Task ConfirmationHistory_ForAnInactiveLr_ReportsItsStatus()
    {
        var nhsNumber = Some.NhsNumber().Value;
        var lr = await SeedAsync(nhsNumber, new LrSubject(Urp, User, null));
        await host.Services.GetRequiredService<IRelationshipStore>().UpdateAsync(LrId.From(lr.Id), l => LrStatusTransitions.Apply(l, "11",
            l.StartedAt.AddMinutes(1), new LrActor(Urp, User, null, null), new LrBehaviourOptions()), CancellationToken.None);

        var answer = await QueryAsync(LrMessages.QueryConfirmation(Outgoing(), ConfirmationQuery.For(nhsNumber, QueryParameterList.Of(User, Urp), history: true)));

        var history = ((LrResponse.Succeeded<ConfirmHistory>)answer).Payload;
        Assert.That((history.ActiveExists, history.Code?.Code), Is.EqualTo(((bool?)false, "02")));
        Assert.That(history.EffectiveTime, Is.Not.Null);
    }

    [Test]
    public async Task ConfirmationShort_ThroughAWorkgroupTheUserBelongsTo_IsTrue()
    {
        var nhsNumber = Some.NhsNumber().Value;
        await SeedAsync(nhsNumber, new LrSubject(null, null, "200000000001"));

        var answer = await QueryAsync(LrMessages.QueryConfirmation(Outgoing(), ConfirmationQuery.For(nhsNumber, QueryParameterList.Of(User, Urp))));

        Assert.That(((LrResponse.Succeeded<LRExists>)answer).Payload.Exists, Is.True, "the default directory puts URP 100000000001 in workgroup 200000000001");
    }

    [Test]
    public async Task Details_WithoutAnLr_FailsWithQuqi_AndWithOneListsTheLrs()
    {
        var nhsNumber = Some.NhsNumber().Value;

        var refused = await QueryAsync(LrMessages.QueryDetails(Outgoing(), DetailsQuery.For(nhsNumber, complete: true)));
        var lr = await SeedAsync(nhsNumber, new LrSubject(Urp, User, null));
        var listed = await QueryAsync(LrMessages.QueryDetails(Outgoing(), DetailsQuery.For(nhsNumber, complete: true)));

        Assert.That(((LrResponse.QueryFailed)refused).Reasons.Single().Code, Is.EqualTo("NO_LR_WITH_PATIENT"));
        var details = ((LrResponse.Succeeded<CompleteLRList>)listed).Payload.Details.Single();
        Assert.That((details.Id.Extension, details.Status.Code, details.LrType.Code), Is.EqualTo((lr.Id, "01", "06")));
    }

    [Test]
    public async Task Batch_MixingKnownAndUnknownPatients_AnswersEachInline()
    {
        var withLr = Some.NhsNumber().Value;
        var without = Some.NhsNumber().Value;
        await SeedAsync(withLr, new LrSubject(Urp, User, null));

        var answer = await QueryAsync(LrMessages.QueryBatchConfirmation(Outgoing(), BatchConfirmationQuery.For(QueryParameterList.Of(User, Urp), withLr, without, "123")));

        var components = ((LrResponse.Succeeded<ConfirmationList>)answer).Payload.Components;
        Assert.That(components[0], Is.EqualTo(BatchConfirmation.LRStatus.Of(withLr, true)));
        Assert.That(components[1], Is.EqualTo(BatchConfirmation.LRStatus.Of(without, false)));
        Assert.That(components[2], Is.TypeOf<BatchConfirmation.DetectedIssue>());
    }

    [Test]
    public async Task UserRoleProfiles_ComeFromTheDirectory_AndAnUnknownUserFails()
    {
        var known = await QueryAsync(LrMessages.IdentifyUserRoleProfilesQuery(Outgoing(), UserRoleProfilesQuery.For(User)));
        var unknown = await QueryAsync(LrMessages.IdentifyUserRoleProfilesQuery(Outgoing(), UserRoleProfilesQuery.For("999999999999")));

        var profile = ((LrResponse.Succeeded<URPIDResponse>)known).Payload.RoleProfiles.Single();
        Assert.That((profile.Id.Extension, profile.JobRole.Code, profile.OrganizationName), Is.EqualTo((Urp, "R8000", "Reference Medical Practice")));
        Assert.That(profile.Workgroups.Single().Name, Is.EqualTo("Ward 7 Team"));
        Assert.That(unknown, Is.TypeOf<LrResponse.QueryFailed>());
    }

    [Test]
    public async Task WorkgroupMemberQuery_ReturnsTheAuthorsWorkgroup()
    {
        var answer = await QueryAsync(LrMessages.WorkgroupMemberQuery(Outgoing(), WorkgroupMemberQuery.For("200000000001")));

        var workgroup = ((LrResponse.Succeeded<WorkgroupMemberQueryResponse>)answer).Payload.Workgroups.Single();
        Assert.That((workgroup.Id.Extension, workgroup.Name, workgroup.Status.Code), Is.EqualTo(("200000000001", "Ward 7 Team", "01")));
    }

    private static async Task<LegitimateRelationship> SeedAsync(string nhsNumber, LrSubject subject)
    {
        var store = host.Services.GetRequiredService<IRelationshipStore>();
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        return await store.AddAsync(new LegitimateRelationship
        {
            Id = $"{nhsNumber}{(await store.AllAsync(CancellationToken.None)).Count}",
            NhsNumber = nhsNumber,
            Subject = subject,
            LrType = "06",
            CreatedBy = new LrActor(Urp, User, null, null),
            StartedAt = now.AddMinutes(-5),
            StatusSince = now.AddMinutes(-5),
        }, CancellationToken.None);
    }

    private static OutgoingRequest Outgoing() => SampleRequests.Outgoing();

    private static async Task<LrResponse> QueryAsync(System.Xml.Linq.XDocument request)
    {
        using var client = new SimulatorClient(host.BaseAddress);
        var action = SyncMessage.From(request)!.Action;
        var (status, body, text) = await client.PostAsync(request, action);
        Assert.That(status, Is.EqualTo(200), text);
        return LrResponseReader.Read(body);
    }
}
