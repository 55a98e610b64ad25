using SpineConformance.Oracle.Tests.Schemas;
using SpineConformance.Testing;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>
/// Every LR message kind the reference SUT sends and the simulator answers with: the four async requests and their
/// confirmations, the five queries and each of their response kinds, and Spine's AE answers (MCCI to a create, Query Act
/// Failed to a query). Each case uses its own synthetic patient; the acting user is the SUT's configured user
/// (role profile 100000000001, user 100000000002), administrator of workgroup 200000000001 in the default directory.
/// </summary>
internal static class LrOracleCases
{
    private const string Workgroup = "200000000001";
    private const string LoggedInUser = "100000000002";
    private const string MemberRoleProfile = "100000000011";
    private const string MemberUser = "100000000012";
    private const string Referral = "06";
    private const string ReferralDischarge = "11";

    private static readonly OfficialSchema Ack = OfficialSchema.ApplicationAcknowledgement;

    public static IReadOnlyList<LrOracleCase> All { get; } =
    [
        new("Create LR, user subject", OfficialSchema.CreateLr, OfficialSchema.LrCreated, "AA",
            (sut, c) => sut.CreateForUserAsync(c.NhsNumber, Referral)),
        new("Create LR, workgroup subject", OfficialSchema.CreateLr, OfficialSchema.LrCreated, "AA",
            (sut, c) => sut.CreateForWorkgroupAsync(c.NhsNumber, Referral, Workgroup)),
        new("Create LR, self-claimed with access reason, justification and alert", OfficialSchema.CreateLr, OfficialSchema.LrCreated, "AA",
            (sut, c) => sut.CreateForUserAsync(c.NhsNumber, "08", accessReason: "04", justification: "Unconscious patient in the emergency department", alert: true)),
        new("Status change, referral discharge", OfficialSchema.StatusChange, OfficialSchema.StatusChanged, "AA",
            (sut, c) => sut.ChangeStatusAsync(c.NhsNumber, c.LrId!, ReferralDischarge))
        {
            Arrange = async (sut, nhsNumber) => await sut.CreatedLrIdAsync(nhsNumber, Referral),
        },
        new("Confirmation, Short", OfficialSchema.ConfirmationQuery, OfficialSchema.ConfirmShort, "AA",
            (sut, c) => sut.ConfirmationAsync(c.NhsNumber, history: false))
        {
            Arrange = async (sut, nhsNumber) => await sut.CreatedLrIdAsync(nhsNumber, Referral),
        },
        new("Confirmation, History of an inactive LR", OfficialSchema.ConfirmationQuery, OfficialSchema.ConfirmHistory, "AA",
            (sut, c) => sut.ConfirmationAsync(c.NhsNumber, history: true))
        {
            Arrange = ClosedLrAsync,
        },
        new("Details, Simple", OfficialSchema.DetailsQuery, OfficialSchema.DetailsSimple, "AA",
            (sut, c) => sut.DetailsAsync(c.NhsNumber, complete: false))
        {
            Arrange = ActiveAndClosedLrsAsync,
        },
        new("Details, Complete", OfficialSchema.DetailsQuery, OfficialSchema.DetailsComplete, "AA",
            (sut, c) => sut.DetailsAsync(c.NhsNumber, complete: true))
        {
            Arrange = ActiveAndClosedLrsAsync,
        },
        new("Batch confirmation, known, unknown and '123'", OfficialSchema.BatchQuery, OfficialSchema.BatchResponse, "AA",
            (sut, c) => sut.BatchConfirmationAsync(c.NhsNumber, Some.NhsNumber().Value, "123"))
        {
            Arrange = async (sut, nhsNumber) => await sut.CreatedLrIdAsync(nhsNumber, Referral),
        },
        new("User role profiles", OfficialSchema.UserRoleProfilesQuery, OfficialSchema.UserRoleProfilesResponse, "AA",
            (sut, _) => sut.UserRoleProfilesAsync(LoggedInUser)),
        new("Add user to workgroup", OfficialSchema.AddToWorkgroup, OfficialSchema.AddedToWorkgroup, "AA",
            (sut, _) => sut.AddToWorkgroupAsync(MemberRoleProfile, MemberUser, Workgroup)),
        new("Remove user from workgroup", OfficialSchema.RemoveFromWorkgroup, OfficialSchema.RemovedFromWorkgroup, "AA",
            (sut, _) => sut.RemoveFromWorkgroupAsync(MemberRoleProfile, MemberUser, Workgroup))
        {
            // A member to remove, whatever ran before (an earlier add makes this "already a member").
            Arrange = async (sut, _) =>
            {
                await sut.AddToWorkgroupAsync(MemberRoleProfile, MemberUser, Workgroup);
                return null;
            },
        },
        new("Workgroup members", OfficialSchema.WorkgroupMemberQuery, OfficialSchema.WorkgroupMemberResponse, "AA",
            (sut, _) => sut.WorkgroupMembersAsync(Workgroup)),
        new("Create LR, GP registration type 11 (MCCI AE)", OfficialSchema.CreateLr, Ack, "AE",
            (sut, c) => sut.CreateForUserAsync(c.NhsNumber, "11")),
        new("Details without an LR (Query Act Failed)", OfficialSchema.DetailsQuery, OfficialSchema.QueryActFailed, "AE",
            (sut, c) => sut.DetailsAsync(c.NhsNumber, complete: true)),
    ];

    // An LR that was Active and is now Inactive: the History response then carries a status and its time.
    private static async Task<string?> ClosedLrAsync(LrSutTestHook sut, string nhsNumber)
    {
        var lrId = await sut.CreatedLrIdAsync(nhsNumber, Referral);
        var changed = await sut.ChangeStatusAsync(nhsNumber, lrId, ReferralDischarge);
        return changed.Outcome == "statusChanged"
            ? lrId
            : throw new InvalidOperationException($"Closing the LR this case needs first gave '{changed.Outcome}': {changed.Message}");
    }

    // The user's own Active LR (a details query needs one), with an access reason and justification, beside a closed
    // referral: the list then holds both statuses, and the Complete one a reason and a last status change.
    private static async Task<string?> ActiveAndClosedLrsAsync(LrSutTestHook sut, string nhsNumber)
    {
        await ClosedLrAsync(sut, nhsNumber);
        return await sut.CreatedLrIdAsync(nhsNumber, "08", accessReason: "04", justification: "Unconscious patient in the emergency department");
    }
}
