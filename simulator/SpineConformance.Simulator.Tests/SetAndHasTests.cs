using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests;

[Parallelizable(ParallelScope.All)]
public sealed class SetAndHasTests
{
    private static SpineSimulatorHost host = null!;

    [OneTimeSetUp]
    public static async Task StartAsync() => host = await SpineSimulatorHost.StartAsync();

    [OneTimeTearDown]
    public static async Task StopAsync() => await host.DisposeAsync();

    [Test]
    public async Task Set_ThenGet_ShowsTheNewState()
    {
        var nhsNumber = Some.NhsNumber().Value;
        using var client = new SimulatorClient(host.BaseAddress);

        var (status, setAnswer, _) = await client.PostAsync(SampleRequests.Set(nhsNumber, AcsPermission.No), BrokenSetRequests.SetAction);
        var (_, getAnswer, _) = await client.PostAsync(SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction);

        Assert.That(status, Is.EqualTo(200));
        Assert.That(AcsResponseReader.Read(setAnswer), Is.EqualTo(new AcsResponse.Acknowledged(AcknowledgementType.AA, [])).Using<AcsResponse>(SameAck));
        var permissions = ((AcsResponse.PermissionsReturned)AcsResponseReader.Read(getAnswer)).Permissions;
        Assert.That((permissions.PermissionFor(AcsFunction.View), permissions.PermissionFor(AcsFunction.Store)), Is.EqualTo((AcsPermission.No, AcsPermission.No)));
    }

    [Test]
    public async Task SetSuccess_WireShape_IsSpineS()
    {
        using var client = new SimulatorClient(host.BaseAddress);

        var (_, body, _) = await client.PostAsync(SampleRequests.Set(Some.NhsNumber().Value, AcsPermission.Yes), BrokenSetRequests.SetAction);

        var message = SyncMessage.From(body)!;
        Assert.Multiple(() =>
        {
            Assert.That(message.Action, Is.EqualTo("urn:nhs:names:services:lrs/MCCI_IN010000UK13"));
            Assert.That(message.BodyRoot!.Name.LocalName, Is.EqualTo("setResourcePermissionsResponse"));
            Assert.That(message.Interaction!.Name.LocalName, Is.EqualTo("MCCI_IN010000UK13"));
            Assert.That(message.FromAddress, Is.EqualTo("https://lrs.national.ncrs.nhs.uk/syncservice"));
            Assert.That(message.Interaction.Element(Hl7.Xml.SpineNamespaces.Hl7 + "versionCode")!.Attribute("code")!.Value, Is.EqualTo("V3NPfIT3.0"));
            Assert.That(message.RelatesTo, Is.EqualTo("uuid:5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10"));
            Assert.That(message.ControlActEvent!.Elements(Hl7.Xml.SpineNamespaces.Hl7 + "reason"), Is.Empty);
        });
    }

    [Test]
    public async Task SetClear_ThenGet_LeavesTheAssertionOut()
    {
        var nhsNumber = Some.NhsNumber();
        await host.SeedPermissionsAsync(new PatientPermissions(nhsNumber, AcsPermission.No, AcsPermission.No));
        using var client = new SimulatorClient(host.BaseAddress);

        await client.PostAsync(SampleRequests.Set(nhsNumber.Value, AcsPermission.Clear), BrokenSetRequests.SetAction);
        var (_, getAnswer, _) = await client.PostAsync(SampleRequests.Get(nhsNumber.Value), BrokenGetRequests.GetAction);

        Assert.That(((AcsResponse.PermissionsReturned)AcsResponseReader.Read(getAnswer)).Permissions.Assertions, Is.Empty);
    }

    [Test]
    public async Task Has_AnswersFromTheSameState_WithAskForNoDecision()
    {
        var nhsNumber = Some.NhsNumber();
        await host.SeedPermissionsAsync(new PatientPermissions(nhsNumber, AcsPermission.Yes, null));
        using var client = new SimulatorClient(host.BaseAddress);

        var (status, body, _) = await client.PostAsync(SampleRequests.Has(nhsNumber.Value), BrokenHasRequests.HasAction);

        var message = SyncMessage.From(body)!;
        var permissions = ((AcsResponse.PermissionsReturned)AcsResponseReader.Read(body)).Permissions;
        Assert.That(status, Is.EqualTo(200));
        Assert.That(message.BodyRoot!.Name.LocalName, Is.EqualTo("hasResourcePermissionsResponse"));
        Assert.That(message.Action, Is.EqualTo("urn:nhs:names:services:lrsquery/HAS_RESOURCE_PERMISSIONS_RESPONSE_INUK01"));
        Assert.That(permissions.Assertions.Select(a => (a.FunctionCode, a.Permission)), Is.EqualTo(new[] { ("View", "Yes"), ("Store", "Ask") }));
    }

    [Test]
    public async Task Set_RecordsWhoWhenAndWhichSystem()
    {
        var nhsNumber = Some.NhsNumber();
        using var client = new SimulatorClient(host.BaseAddress);

        await client.PostAsync(SampleRequests.Set(nhsNumber.Value, AcsPermission.No), BrokenSetRequests.SetAction);
        await client.PostAsync(SampleRequests.Set(nhsNumber.Value, AcsPermission.Clear), BrokenSetRequests.SetAction);
        var history = await host.Permissions.HistoryAsync(nhsNumber, CancellationToken.None);

        Assert.That(history.Select(h => (h.Function, h.OldValue, h.NewValue)), Is.EqualTo(new (AcsFunction, AcsPermission?, AcsPermission?)[]
        {
            (AcsFunction.View, null, AcsPermission.No), (AcsFunction.Store, null, AcsPermission.No),
            (AcsFunction.View, AcsPermission.No, null), (AcsFunction.Store, AcsPermission.No, null),
        }));
        Assert.That(history[0].By, Is.EqualTo(new ChangeAuthor("100000000001", "100000000002", "R8000", SampleRequests.SenderAsid, "uuid:5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10")));
    }

    [Test]
    public async Task ConcurrentSets_OnOnePatient_LoseNothing()
    {
        var nhsNumber = Some.NhsNumber();
        using var client = new SimulatorClient(host.BaseAddress);
        var permissions = new[] { AcsPermission.Yes, AcsPermission.No };

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
            (await client.PostAsync(SampleRequests.Set(nhsNumber.Value, permissions[i % 2]), BrokenSetRequests.SetAction)).Status));
        var history = await host.Permissions.HistoryAsync(nhsNumber, CancellationToken.None);
        var held = await host.Permissions.FindAsync(nhsNumber, CancellationToken.None);

        Assert.That(statuses, Has.All.EqualTo(200));
        Assert.That(history, Has.Count.EqualTo(40), "every Set's two assertions are in the history");
        var lastView = history.Last(h => h.Function == AcsFunction.View);
        Assert.That(held!.View, Is.EqualTo(lastView.NewValue), "the held state is the last change applied");
        Assert.That(history.Where(h => h.Function == AcsFunction.View).Skip(1).Zip(history.Where(h => h.Function == AcsFunction.View)),
            Has.All.Matches<(PermissionChange Next, PermissionChange Previous)>(p => p.Next.OldValue == p.Previous.NewValue), "each change starts from the previous one");
    }

    private static bool SameAck(AcsResponse a, AcsResponse b) =>
        a is AcsResponse.Acknowledged x && b is AcsResponse.Acknowledged y && x.Type == y.Type && x.Reasons.SequenceEqual(y.Reasons);
}
