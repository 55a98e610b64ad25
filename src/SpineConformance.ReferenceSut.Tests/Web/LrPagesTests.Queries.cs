using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Web;

/// <summary>The query forms: each shows its outcome and, when shown, rows whose <c>data-*</c> attributes carry the key values.</summary>
public sealed partial class LrPagesTests
{
    [Test]
    public async Task Confirmation_HistoryTicked_AsksForHistoryAndRendersStatusRow()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.ConfirmHistory(ctx, ConfirmHistory.Of(false, "02", "20250101120000")));

        var (_, html) = await PostAsync(env, "/lr/confirmation", ("nhsNumber", Some.NhsNumber), ("history", "true"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Text(html, "lr-outcome"), Is.EqualTo("shown"));
            Assert.That(Rows(html), Is.EqualTo(new[] { $"""<tr data-nhs-number="{Some.NhsNumber}" data-active="false" data-status="02" data-since="20250101120000">""" }));
            Assert.That(html, Does.Contain("<td>02 Inactive</td>"));
            Assert.That(LrPayloadXml.ReadConfirmationQuery(SentQuery(env))?.ResponseType.Code, Is.EqualTo("02"));
            Assert.That(html, Does.Contain("""<input id="q-history" name="history" type="checkbox" value="true" checked>"""));
        }
    }

    [Test]
    public async Task Confirmation_SpineQueryActFailed_ShowsSpineErrorAndNoTable()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.QueryActFailed(LrInteractions.QueryConfirmationShort, ctx, [LrMessages.LrIssue("5", "Invalid NHS number")]));

        var (_, html) = await PostAsync(env, "/lr/confirmation", ("nhsNumber", Some.NhsNumber));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Text(html, "lr-outcome"), Is.EqualTo("spineError"));
            Assert.That(Text(html, "lr-message"), Does.Contain("5 Invalid NHS number"));
            Assert.That(html, Does.Not.Contain("lr-results"));
            Assert.That(LrPayloadXml.ReadConfirmationQuery(SentQuery(env))?.ResponseType.Code, Is.EqualTo("01"));
        }
    }

    [Test]
    public async Task Details_CompleteTicked_AsksForCompleteAndRendersRowWithTypeAndSubject()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        var details = new CompleteDetails(LrIdentifiers.LrRecord(LrInputs.LrId), LrVocabulary.LrCurrentStatus.Coded("01"), "20250101",
            LrVocabulary.LrType.Coded("08"), LrAgent.Person.Of("100000000001", "100000000002"), LrAgent.Person.Of("100000000001", "100000000002"))
        {
            Reason = LrReason.Of("18", "In clinic"),
        };
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.DetailsComplete(ctx, new CompleteLRList(LrIdentifiers.Patient(Some.NhsNumber), [details])));

        var (_, html) = await PostAsync(env, "/lr/details", ("nhsNumber", Some.NhsNumber), ("complete", "true"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Text(html, "lr-outcome"), Is.EqualTo("shown"));
            Assert.That(Rows(html), Is.EqualTo(new[]
            {
                $"""<tr data-lr-id="{LrInputs.LrId}" data-nhs-number="{Some.NhsNumber}" data-status="01" data-type="08" data-subject-kind="user" data-role-profile="100000000001" data-user-id="100000000002">""",
            }));
            Assert.That(html, Does.Contain("<td>08 Self Claimed Relationship</td>"));
            Assert.That(html, Does.Contain("<td>18 express patient consent to access</td><td>In clinic</td>"));
            Assert.That(LrPayloadXml.ReadDetailsQuery(SentQuery(env))?.ResponseType.Code, Is.EqualTo("02"));
        }
    }

    [Test]
    public async Task Details_SimpleWithWorkgroupSubject_RendersWorkgroupRow()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        var details = new SimpleDetails(LrIdentifiers.LrRecord(LrInputs.LrId), LrVocabulary.LrCurrentStatus.Coded("03"), LrAgent.Workgroup.Of("WG0001"));
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.DetailsSimple(ctx, new SimpleLRList(LrIdentifiers.Patient(Some.NhsNumber), [details])));

        var (_, html) = await PostAsync(env, "/lr/details", ("nhsNumber", Some.NhsNumber));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Rows(html), Is.EqualTo(new[]
            {
                $"""<tr data-lr-id="{LrInputs.LrId}" data-nhs-number="{Some.NhsNumber}" data-status="03" data-subject-kind="workgroup" data-workgroup="WG0001">""",
            }));
            Assert.That(LrPayloadXml.ReadDetailsQuery(SentQuery(env))?.ResponseType.Code, Is.EqualTo("01"));
        }
    }

    [Test]
    public async Task BatchConfirmation_NumbersOneALineWithBlankLines_SendsEachOnceAndRendersARowPerPatient()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        BatchConfirmation[] components =
        [
            BatchConfirmation.LRStatus.Of(Some.NhsNumber, true),
            BatchConfirmation.LRStatus.Of("9434765870", false),
        ];
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.BatchResponse(ctx, new ConfirmationList(components)));

        var (_, html) = await PostAsync(env, "/lr/batch-confirmation", ("nhsNumbers", $"{Some.NhsNumber}\r\n\r\n 9434765870 \r\n"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Text(html, "lr-outcome"), Is.EqualTo("shown"));
            Assert.That(Rows(html), Is.EqualTo(new[]
            {
                $"""<tr data-nhs-number="{Some.NhsNumber}" data-active="true">""",
                """<tr data-nhs-number="9434765870" data-active="false">""",
            }));
            Assert.That(LrPayloadXml.ReadBatchConfirmationQuery(SentQuery(env))?.Patients.Select(p => p.Extension), Is.EqualTo(new[] { Some.NhsNumber, "9434765870" }));
        }
    }

    [Test]
    public async Task UserRoleProfiles_OneProfile_RendersRoleProfileRow()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        var profile = new UserRoleProfile(LrIdentifiers.RoleProfile("300000000001"), new Hl7Id("1.2.826.0.1285.0.1.10", "RXX"), "Test Trust",
            new Hl7Code("R8001"), [new WorkgroupReference(LrIdentifiers.Workgroup("WG0001"), "Ward 1")]);
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.UserRoleProfilesResponse(ctx, new URPIDResponse(LrIdentifiers.User("300000000002"), [profile])));

        var (_, html) = await PostAsync(env, "/lr/user-role-profiles", ("userId", "300000000002"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Text(html, "lr-outcome"), Is.EqualTo("shown"));
            Assert.That(Rows(html), Is.EqualTo(new[]
            {
                """<tr data-user-id="300000000002" data-role-profile="300000000001" data-organization="RXX" data-job-role="R8001" data-workgroups="WG0001">""",
            }));
            Assert.That(html, Does.Contain("<td>WG0001 Ward 1</td>"));
            Assert.That(LrPayloadXml.ReadUserRoleProfilesQuery(SentQuery(env))?.UserId.Extension, Is.EqualTo("300000000002"));
        }
    }

    [Test]
    public async Task WorkgroupMembers_TwoIdsOneNameWithMarkup_SendsBothAndRendersEscapedRows()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Lr(ctx => LrMessages.WorkgroupMemberResponse(ctx,
            new WorkgroupMemberQueryResponse([WorkgroupDetails.Of("WG0001", "<b>Ward 1</b>"), WorkgroupDetails.Of("WG0002", "Ward 2", statusCode: "02")])));

        var (_, html) = await PostAsync(env, "/lr/workgroup/members", ("workgroupIds", "WG0001, WG0002"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Rows(html), Is.EqualTo(new[]
            {
                """<tr data-workgroup="WG0001" data-type="01" data-status="01">""",
                """<tr data-workgroup="WG0002" data-type="01" data-status="02">""",
            }));
            Assert.That(html, Does.Contain("<td>&lt;b&gt;Ward 1&lt;/b&gt;</td>"));
            Assert.That(html, Does.Not.Contain("<b>"));
            Assert.That(html, Does.Contain("<td>02 Frozen</td>"));
            Assert.That(LrPayloadXml.ReadWorkgroupMemberQuery(SentQuery(env))?.WorkgroupCodes.Select(w => w.Extension), Is.EqualTo(new[] { "WG0001", "WG0002" }));
        }
    }
}
