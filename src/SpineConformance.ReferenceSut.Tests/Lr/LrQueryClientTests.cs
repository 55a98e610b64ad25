using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Lr;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Lr;

/// <summary>The sync LR and SDS queries: what goes on the wire and how each answer is shown.</summary>
public sealed class LrQueryClientTests
{
    private static readonly LrAgent Subject = LrAgent.Person.Of("100000000001", "100000000002");

    [Test]
    public async Task ConfirmationAsync_ShortTrue_ShowsActiveLrAndSendsUserParameters()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.ConfirmShort(ctx, LRExists.Of(true)));

        var shown = await env.LrQueries.ConfirmationAsync(Some.NhsNumber, history: false, ["WG0001"], null, CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(LrQueryOutcome.Shown));
            Assert.That(shown.Result?.ActiveLrExists, Is.True);
            Assert.That(shown.Message, Is.EqualTo("An active legitimate relationship exists."));
            Assert.That(sent.SoapAction, Is.EqualTo("urn:nhs:names:services:lrsquery/QUPC_IN010000UK32"));
            Assert.That(ValueWithRoot(sent, LrIdentifiers.UserIdRoot), Is.EqualTo("100000000002"));
            Assert.That(ValueWithRoot(sent, LrIdentifiers.RoleProfileRoot), Is.EqualTo("100000000001"));
            Assert.That(ValueWithRoot(sent, LrIdentifiers.WorkgroupRoot), Is.EqualTo("WG0001"));
        }
    }

    [Test]
    public async Task ConfirmationAsync_History_ShowsStatusAndSince()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.ConfirmHistory(ctx, ConfirmHistory.Of(false, "02", "20250101120000")));

        var shown = await env.LrQueries.ConfirmationAsync(Some.NhsNumber, history: true, [], null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Result, Is.EqualTo(new LrConfirmationResult(false, "02", "Inactive", "20250101120000")));
            Assert.That(env.Spine.Single.Message.ControlActEvent?.Descendants().Any(e => e.Name.LocalName == "response.Type"
                && e.Element(Hl7.Xml.SpineNamespaces.Hl7 + "value")?.Attribute("code")?.Value == "02"), Is.True);
        }
    }

    [Test]
    public async Task ConfirmationAsync_QueryActFailed_ShowsSpineErrorWithReasons()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.QueryActFailed(LrInteractions.QueryConfirmationShort, ctx, [LrMessages.LrIssue("5", "Invalid NHS number")]));

        var shown = await env.LrQueries.ConfirmationAsync(Some.NhsNumber, false, [], null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(LrQueryOutcome.SpineError));
            Assert.That(shown.Result, Is.Null);
            Assert.That(shown.Message, Does.Contain("5 Invalid NHS number"));
        }
    }

    [Test]
    public async Task ConfirmationAsync_SoapFault_ShowsFault()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Fault(SoapFault.NotWellFormed("bad"));

        var shown = await env.LrQueries.ConfirmationAsync(Some.NhsNumber, false, [], null, CancellationToken.None);

        Assert.That(shown.Outcome, Is.EqualTo(LrQueryOutcome.Fault));
    }

    [Test]
    public async Task ConfirmationAsync_WrongResponseKind_ShowsFailed()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.DetailsSimple(ctx, new SimpleLRList(LrIdentifiers.Patient(Some.NhsNumber), [])));

        var shown = await env.LrQueries.ConfirmationAsync(Some.NhsNumber, false, [], null, CancellationToken.None);

        Assert.That(shown.Outcome, Is.EqualTo(LrQueryOutcome.Failed));
    }

    [Test]
    public async Task DetailsAsync_Simple_ListsRelationshipsAndSendsNoOverride()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        var details = new SimpleDetails(LrIdentifiers.LrRecord(LrInputs.LrId), LrVocabulary.LrCurrentStatus.Coded("01"), Subject);
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.DetailsSimple(ctx, new SimpleLRList(LrIdentifiers.Patient(Some.NhsNumber), [details])));

        var shown = await env.LrQueries.DetailsAsync(new LrDetailsInput(Some.NhsNumber), null, CancellationToken.None);

        var relationship = shown.Result!.Relationships.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Message, Is.EqualTo("1 legitimate relationship found."));
            Assert.That(relationship.LrId, Is.EqualTo(LrInputs.LrId));
            Assert.That(relationship.StatusName, Is.EqualTo("Active"));
            Assert.That(relationship.Subject, Is.EqualTo(new LrPartyView("user", "100000000001", "100000000002")));
            Assert.That(relationship.LrType, Is.Null);
            Assert.That(env.Spine.Single.Message.ControlActEvent?.Descendants().Single(e => e.Name.LocalName == "dissentOverride")
                .Element(Hl7.Xml.SpineNamespaces.Hl7 + "value")?.Attribute("code")?.Value, Is.EqualTo("0"));
        }
    }

    [Test]
    public async Task DetailsAsync_Complete_ShowsTypeAuthorAndReason()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        var details = new CompleteDetails(LrIdentifiers.LrRecord(LrInputs.LrId), LrVocabulary.LrCurrentStatus.Coded("01"), "20250101",
            LrVocabulary.LrType.Coded("08"), LrAgent.Workgroup.Of("WG0001"), Subject) { Reason = LrReason.Of("18", "In clinic") };
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.DetailsComplete(ctx, new CompleteLRList(LrIdentifiers.Patient(Some.NhsNumber), [details])));

        var shown = await env.LrQueries.DetailsAsync(new LrDetailsInput(Some.NhsNumber, Complete: true), null, CancellationToken.None);

        var relationship = shown.Result!.Relationships.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(relationship.LrType, Is.EqualTo("08"));
            Assert.That(relationship.LrTypeName, Is.EqualTo("Self Claimed Relationship"));
            Assert.That(relationship.AccessReason, Is.EqualTo("18"));
            Assert.That(relationship.Justification, Is.EqualTo("In clinic"));
            Assert.That(relationship.Author?.Kind, Is.EqualTo("user"));
        }
    }

    [Test]
    public async Task BatchConfirmationAsync_MixedAnswers_ShowsEachPatient()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        BatchConfirmation[] components =
        [
            BatchConfirmation.LRStatus.Of(Some.NhsNumber, true),
            BatchConfirmation.LRStatus.Of("9434765870", false),
        ];
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.BatchResponse(ctx, new ConfirmationList(components)));

        var shown = await env.LrQueries.BatchConfirmationAsync([Some.NhsNumber, "9434765870"], [], null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Result?.Patients, Is.EqualTo(new[] { new LrBatchEntry(Some.NhsNumber, true, null), new LrBatchEntry("9434765870", false, null) }));
            Assert.That(shown.Message, Does.StartWith("An active legitimate relationship exists for 1 of 2 patients."));
            Assert.That(env.Spine.Single.SoapAction, Is.EqualTo("urn:nhs:names:services:lrsquery/QUPC_IN090000UK03"));
        }
    }

    [Test]
    public async Task UserRoleProfilesAsync_OneProfile_ShowsOrganisationRoleAndWorkgroups()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        var profile = new UserRoleProfile(LrIdentifiers.RoleProfile("300000000001"), new Hl7Id("1.2.826.0.1285.0.1.10", "RXX"), "Test Trust",
            new Hl7Code("R8001"), [new WorkgroupReference(LrIdentifiers.Workgroup("WG0001"), "Ward 1")]);
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.UserRoleProfilesResponse(ctx, new URPIDResponse(LrIdentifiers.User("300000000002"), [profile])));

        var shown = await env.LrQueries.UserRoleProfilesAsync("300000000002", null, CancellationToken.None);

        var found = shown.Result!.RoleProfiles.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(found.RoleProfileId, Is.EqualTo("300000000001"));
            Assert.That(found.OrganizationName, Is.EqualTo("Test Trust"));
            Assert.That(found.Workgroups.Single(), Is.EqualTo(new LrWorkgroupReference("WG0001", "Ward 1")));
            Assert.That(env.Spine.Single.SoapAction, Is.EqualTo("urn:nhs:names:services:sdsquery/QUPC_IN010102UK01"));
        }
    }

    [Test]
    public async Task WorkgroupMembersAsync_TwoWorkgroups_ShowsNamesAndStatus()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.WorkgroupMemberResponse(ctx,
            new WorkgroupMemberQueryResponse([WorkgroupDetails.Of("WG0001", "Ward 1"), WorkgroupDetails.Of("WG0002", "Ward 2", statusCode: "02")])));

        var shown = await env.LrQueries.WorkgroupMembersAsync(["WG0001"], null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Result?.Workgroups.Select(w => (w.WorkgroupId, w.Name, w.StatusName)),
                Is.EqualTo(new[] { ((string?)"WG0001", "Ward 1", (string?)"Open"), ("WG0002", "Ward 2", "Frozen") }));
            Assert.That(env.Spine.Single.SoapAction, Is.EqualTo("urn:nhs:names:services:sdsquery/QUPC_IN041234UK01"));
        }
    }

    [Test]
    public async Task WorkgroupMembersAsync_JobRoleMayNotAdminister_RefusedAndNothingSent()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var shown = await env.LrQueries.WorkgroupMembersAsync(["WG0001"], ActingUsers.WithJobRole("R8003"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(LrQueryOutcome.Refused));
            Assert.That(shown.Message, Does.Contain("R8003 may not administer workgroup membership (only R8000, R8008 may)"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task ConfirmationAsync_SpineUnreachable_ShowsFailed()
    {
        var closed = ClosedPort.LoopbackUrl();
        await using var env = await SutWithFakeSpine.StartAsync(o => o.SpineBaseUrl = closed);

        var shown = await env.LrQueries.ConfirmationAsync(Some.NhsNumber, false, [], null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(LrQueryOutcome.Failed));
            Assert.That(shown.Message, Does.StartWith("Could not reach Spine"));
        }
    }

    /// <summary>The extension of the first query parameter value with the given root.</summary>
    private static string? ValueWithRoot(RecordedSpineRequest sent, string root) =>
        sent.Message.ControlActEvent?.Descendants().FirstOrDefault(e => e.Attribute("root")?.Value == root)?.Attribute("extension")?.Value;
}
