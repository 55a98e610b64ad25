using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Testing;
using SpineConformance.Validation.Comparison;

namespace SpineConformance.Validation.Tests.Comparison;

/// <summary>
/// Messages our builders make, as the reference SUT sends them: the acting user is <see cref="SampleRequests.User"/>,
/// the system <see cref="SampleRequests.SenderAsid"/>, the patient <see cref="LrSampleRequests.NhsNumber"/>.
/// </summary>
internal static class TemplateMessages
{
    public static readonly IReadOnlyDictionary<string, string> Variables = new ScenarioVariables(
        NhsNumber.From(LrSampleRequests.NhsNumber), Asid.From(SampleRequests.SenderAsid), Asid.From(SampleRequests.SpineAsid), SampleRequests.User)
        .ToDictionary();

    private static string RoleProfile => SampleRequests.User.RoleProfileId.Value;

    private static string UserId => SampleRequests.User.UserId.Value;

    private static QueryParameterList ActingUser(params string[] workgroups) => QueryParameterList.Of(UserId, RoleProfile, workgroups);

    private static LrAgent.RequestingUser Requester(params string[] workgroups) => LrAgent.RequestingUser.Of(RoleProfile, UserId, workgroups);

    private static XDocument Async(XElement interaction) => new(interaction);

    /// <summary>Each built message, named, with the interaction whose template it must match.</summary>
    public static IEnumerable<TestCaseData> All()
    {
        const string nhs = LrSampleRequests.NhsNumber;
        const string wg = LrSampleRequests.Workgroup;
        var context = LrSampleRequests.AsyncContext();
        TestCaseData Case(string interaction, string name, Func<XDocument> build) =>
            new TestCaseData(interaction, build) { TestName = $"{{m}}({interaction}, {name})" };

        yield return Case(AcsInteractions.Get.InteractionId, "sample", () => SampleRequests.Get(nhs));
        yield return Case(AcsInteractions.Set.InteractionId, "View and Store", () => SampleRequests.Set(nhs, AcsPermission.Yes));
        yield return Case(AcsInteractions.Set.InteractionId, "View only", () => AcsMessages.SetRequest(SampleRequests.Outgoing(),
            SetResourcePermissionsRequest.ForPatient(nhs, AcsPermission.No, AcsFunction.View)));
        yield return Case(AcsInteractions.Set.InteractionId, "Store only, cleared", () => AcsMessages.SetRequest(SampleRequests.Outgoing(),
            SetResourcePermissionsRequest.ForPatient(nhs, AcsPermission.Clear, AcsFunction.Store)));
        yield return Case(AcsInteractions.Has.InteractionId, "sample", () => SampleRequests.Has(nhs));

        yield return Case(LrInteractions.RequestCreateLrId, "for a colleague, every optional part",
            () => Async(LrMessages.CreateRequest(context, LrSampleRequests.CreatePayload())));
        yield return Case(LrInteractions.RequestCreateLrId, "self-claimed, no optional part",
            () => Async(LrMessages.CreateRequest(context, CreateRequest.For("08", LrAgent.Person.Of(RoleProfile, UserId), nhs, Requester()))));
        yield return Case(LrInteractions.RequestCreateLrId, "for a workgroup",
            () => Async(LrMessages.CreateRequest(context, CreateRequest.For("06", LrAgent.Workgroup.Of(wg), nhs, Requester(wg, "WG0000000002")))));
        yield return Case(LrInteractions.RequestStatusChangeId, "by the acting user",
            () => Async(LrMessages.StatusChangeRequest(context, SCRequest.For("11", nhs, LrAgent.Person.Of(RoleProfile, UserId), LrSampleRequests.LrId))));
        yield return Case(LrInteractions.AddUserToWorkgroupRequestId, "sample", LrSampleRequests.AddToWorkgroup);
        yield return Case(LrInteractions.RemoveUserFromWorkgroupRequestId, "sample", LrSampleRequests.RemoveFromWorkgroup);

        yield return Case(LrInteractions.QueryConfirmationId, "short, two workgroups",
            () => LrMessages.QueryConfirmation(SampleRequests.Outgoing(), ConfirmationQuery.For(nhs, ActingUser(wg, "WG0000000002"))));
        yield return Case(LrInteractions.QueryConfirmationId, "history, no workgroup",
            () => LrMessages.QueryConfirmation(SampleRequests.Outgoing(), ConfirmationQuery.For(nhs, ActingUser(), history: true)));
        yield return Case(LrInteractions.QueryDetailsId, "complete, override and period", () => LrSampleRequests.Details());
        yield return Case(LrInteractions.QueryDetailsId, "simple, no override",
            () => LrMessages.QueryDetails(SampleRequests.Outgoing(), DetailsQuery.For(nhs) with { DissentOverride = LrVocabulary.DissentOverride.Coded("0") }));
        yield return Case(LrInteractions.QueryBatchConfirmationId, "one patient",
            () => LrMessages.QueryBatchConfirmation(SampleRequests.Outgoing(), BatchConfirmationQuery.For(ActingUser(), nhs)));
        yield return Case(LrInteractions.QueryBatchConfirmationId, "three patients",
            () => LrMessages.QueryBatchConfirmation(SampleRequests.Outgoing(), BatchConfirmationQuery.For(ActingUser(wg), nhs, "9000000009", "9000000017")));
        yield return Case(LrInteractions.IdentifyUserRoleProfilesQueryId, "sample", () => LrSampleRequests.UserRoleProfiles());
        yield return Case(LrInteractions.WorkgroupMemberQueryId, "two workgroups", () => LrSampleRequests.WorkgroupMembers());
    }
}
