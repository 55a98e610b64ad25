using System.Xml.Linq;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Rbac;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// The SUT's synchronous LR and SDS queries. Each checks the acting user's job role first and sends nothing when refused;
/// otherwise it posts to the sync endpoint and turns every answer, error or failure into a view. Only the caller's own
/// cancellation ends a call with an exception.
/// </summary>
/// <remarks>The confirmation and batch queries ask on behalf of the acting user (its user id and role profile) and any workgroups given.</remarks>
public sealed class LrQueryClient(SpineSyncSender spine, IOptions<ReferenceSutOptions> options, TimeProvider time, IIdSource ids)
{
    /// <summary>Query Confirmation (<c>QUPC_IN010000UK32</c>), answered Short or, with <paramref name="history"/>, History.</summary>
    public Task<LrQueryView<LrConfirmationResult>> ConfirmationAsync(
        string nhsNumber, bool history, IReadOnlyList<string> workgroupIds, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nhsNumber);
        var user = actingUser ?? LoggedInUser.From(options.Value);
        var query = ConfirmationQuery.For(nhsNumber.Trim(), Parameters(user, workgroupIds), history);
        return QueryAsync(LrInteractions.QueryConfirmationShort, user, LrAccess.ManageRelationships,
            request => LrMessages.QueryConfirmation(request, query), LrConfirmationResult.From, cancellationToken);
    }

    /// <summary>Query Details (<c>QUPC_IN020000UK17</c>), answered Simple or Complete.</summary>
    public Task<LrQueryView<LrDetailsResult>> DetailsAsync(LrDetailsInput input, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = actingUser ?? LoggedInUser.From(options.Value);
        var query = DetailsQuery.For(input.NhsNumber.Trim(), input.Complete) with
        {
            DissentOverride = input.DissentOverride == "0"
                ? LrVocabulary.DissentOverride.Coded("0")
                : DetailsQuery.Override(input.DissentOverride, input.OverrideExplanation ?? string.Empty),
            PeriodLow = input.From,
            PeriodHigh = input.To,
        };
        return QueryAsync(LrInteractions.QueryDetailsSimple, user, LrAccess.ManageRelationships,
            request => LrMessages.QueryDetails(request, query), LrDetailsResult.From, cancellationToken);
    }

    /// <summary>Query Batch Confirmation (<c>QUPC_IN090000UK03</c>) for several patients at once.</summary>
    public Task<LrQueryView<LrBatchResult>> BatchConfirmationAsync(
        IReadOnlyList<string> nhsNumbers, IReadOnlyList<string> workgroupIds, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nhsNumbers);
        var user = actingUser ?? LoggedInUser.From(options.Value);
        var query = BatchConfirmationQuery.For(Parameters(user, workgroupIds), [.. nhsNumbers.Select(n => n.Trim())]);
        return QueryAsync(LrInteractions.QueryBatchConfirmation, user, LrAccess.ManageRelationships,
            request => LrMessages.QueryBatchConfirmation(request, query), LrBatchResult.From, cancellationToken);
    }

    /// <summary>Identify User Role Profiles (<c>QUPC_IN010102UK01</c>): a user's role profiles, before adding them to a workgroup.</summary>
    public Task<LrQueryView<LrRoleProfilesResult>> UserRoleProfilesAsync(string userId, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var user = actingUser ?? LoggedInUser.From(options.Value);
        var query = UserRoleProfilesQuery.For(userId.Trim());
        return QueryAsync(LrInteractions.IdentifyUserRoleProfiles, user, LrAccess.AdministerWorkgroups,
            request => LrMessages.IdentifyUserRoleProfilesQuery(request, query), LrRoleProfilesResult.From, cancellationToken);
    }

    /// <summary>Workgroup Member Query (<c>QUPC_IN041234UK01</c>): the details of the workgroups named and their children.</summary>
    public Task<LrQueryView<LrWorkgroupsResult>> WorkgroupMembersAsync(IReadOnlyList<string> workgroupIds, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workgroupIds);
        var user = actingUser ?? LoggedInUser.From(options.Value);
        var query = Hl7.Lr.WorkgroupMemberQuery.For([.. workgroupIds.Select(w => w.Trim())]);
        return QueryAsync(LrInteractions.WorkgroupMemberQuery, user, LrAccess.AdministerWorkgroups,
            request => LrMessages.WorkgroupMemberQuery(request, query), LrWorkgroupsResult.From, cancellationToken);
    }

    private static QueryParameterList Parameters(AuthorPerson user, IReadOnlyList<string> workgroupIds) =>
        QueryParameterList.Of(user.UserId.Value, user.RoleProfileId.Value, [.. workgroupIds.Select(w => w.Trim())]);

    private async Task<LrQueryView<T>> QueryAsync<T>(
        SyncInteraction interaction, AuthorPerson user, LrAccess access, Func<OutgoingRequest, XDocument> build,
        Func<LrResponse, (T, string)?> read, CancellationToken cancellationToken)
        where T : class
    {
        var settings = options.Value;
        if (RbacPolicy.Refusal(settings.Rbac, user.JobRole, access) is { } refusal)
        {
            return LrQueryView<T>.Refused(refusal);
        }

        var endpoint = settings.SyncEndpoint();
        var request = new OutgoingRequest(
            WsaMessageId.New(ids), WsaMessageId.UpperGuid(ids.NextId()), Hl7Timestamp.Format(time.GetUtcNow()), endpoint.ToString(),
            settings.SpineAsid, settings.SenderAsid, user);
        var answer = await spine.SendLrQueryAsync(endpoint, interaction, build(request), cancellationToken);
        return LrQueryView<T>.From(answer, read);
    }
}
