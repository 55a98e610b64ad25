using System.Xml.Linq;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Rbac;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// The SUT's asynchronous LR requests: create, status change, and workgroup add/remove. Each checks the acting user's job
/// role first and sends nothing when refused; otherwise it sends one reliable ebXML message in a new conversation and
/// returns as soon as Spine has accepted it. The business result arrives later at <c>/mhs/inbound</c> and is read from
/// <see cref="LrConversations"/>. Only the caller's own cancellation ends a call with an exception.
/// </summary>
/// <remarks>Each method acts as the configured logged-in user when no acting user is given.</remarks>
public sealed class LrRequestClient(MhsReliableSender mhs, LrConversations conversations, IOptions<ReferenceSutOptions> options, TimeProvider time, IIdSource ids)
{
    /// <summary>Request Create LR (<c>REPC_IN010000UK15</c>); the subject is the acting user unless the input names a workgroup.</summary>
    public Task<LrAsyncView> RequestCreateAsync(LrCreateInput input, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = actingUser ?? LoggedInUser.From(options.Value);
        LrAgent subject = input.WorkgroupId is { } workgroup
            ? LrAgent.Workgroup.Of(workgroup.Trim())
            : LrAgent.Person.Of(user.RoleProfileId.Value, user.UserId.Value);
        var payload = CreateRequest.For(input.LrTypeCode, subject, input.NhsNumber.Trim(), LrAgent.RequestingUser.Of(user.RoleProfileId.Value, user.UserId.Value)) with
        {
            Reason = input.AccessReasonCode is null && string.IsNullOrWhiteSpace(input.Justification)
                ? null
                : new LrReason(string.IsNullOrWhiteSpace(input.Justification) ? null : input.Justification.Trim(),
                    input.AccessReasonCode is null ? null : LrVocabulary.AccessReasonCode.Coded(input.AccessReasonCode)),
            AlertCode = input.Alert is { } alert ? LrVocabulary.AlertCode.Coded(alert ? "True" : "False") : null,
            EffectiveTime = input.ExpiresAt,
        };
        return SendAsync(LrInteractions.RequestCreateLr, user, LrAccess.ManageRelationships, context => LrMessages.CreateRequest(context, payload), cancellationToken);
    }

    /// <summary>Request Status Change (<c>REPC_IN040000UK15</c>) of one LR, with a current SCReasonCode.</summary>
    public Task<LrAsyncView> RequestStatusChangeAsync(string nhsNumber, string lrId, string scReasonCode, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nhsNumber);
        ArgumentNullException.ThrowIfNull(lrId);
        var user = actingUser ?? LoggedInUser.From(options.Value);
        var payload = SCRequest.For(scReasonCode, nhsNumber.Trim(), LrAgent.Person.Of(user.RoleProfileId.Value, user.UserId.Value), lrId.Trim());
        return SendAsync(LrInteractions.RequestStatusChange, user, LrAccess.ManageRelationships, context => LrMessages.StatusChangeRequest(context, payload), cancellationToken);
    }

    /// <summary>Add User to Workgroup (<c>REPC_IN130002UK01</c>), the acting user being the administrator (WGMA).</summary>
    public Task<LrAsyncView> AddToWorkgroupAsync(WorkgroupMemberInput input, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = actingUser ?? LoggedInUser.From(options.Value);
        var payload = WorkgroupMembershipRequest.Add(input.Member(), input.WorkgroupId.Trim(), user.RoleProfileId.Value, input.IdentifiedWorkgroupsOnly);
        return SendAsync(LrInteractions.AddUserToWorkgroup, user, LrAccess.AdministerWorkgroups, context => LrMessages.AddUserToWorkgroupRequest(context, payload), cancellationToken);
    }

    /// <summary>Remove User from Workgroup (<c>REPC_IN130004UK01</c>), the acting user being the administrator (WGMA).</summary>
    public Task<LrAsyncView> RemoveFromWorkgroupAsync(WorkgroupMemberInput input, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = actingUser ?? LoggedInUser.From(options.Value);
        var payload = WorkgroupMembershipRequest.Remove(input.Member(), input.WorkgroupId.Trim(), user.RoleProfileId.Value, input.IdentifiedWorkgroupsOnly);
        return SendAsync(LrInteractions.RemoveUserFromWorkgroup, user, LrAccess.AdministerWorkgroups, context => LrMessages.RemoveUserFromWorkgroupRequest(context, payload), cancellationToken);
    }

    private async Task<LrAsyncView> SendAsync(
        AsyncInteraction interaction, AuthorPerson user, LrAccess access, Func<AsyncRequestContext, XElement> build, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var rbacSkipped = access == LrAccess.ManageRelationships && settings.SwitchedOnDefects().IsOn(DefectCatalogue.NoRbacBeforeLr);
        if (!rbacSkipped && RbacPolicy.Refusal(settings.Rbac, user.JobRole, access) is { } refusal)
        {
            return LrAsyncView.Refused(refusal);
        }

        var context = new AsyncRequestContext(WsaMessageId.UpperGuid(ids.NextId()), Hl7Timestamp.Format(time.GetUtcNow()), settings.SpineAsid, settings.SenderAsid, user);
        var payload = new XDocument(build(context));
        Forms.Hl7MessageForms.Apply(settings.SwitchedOnForms(), payload.Root);

        // One business action is one conversation: a new ConversationId each time, kept by every resend.
        var conversationId = EbxmlMessageId.New(ids);
        var messageId = EbxmlMessageId.New(ids);
        var header = new EbxmlHeader(
            new EbxmlParty(settings.Mhs.PartyKey), new EbxmlParty(settings.Mhs.SpinePartyKey), settings.Mhs.CpaId, conversationId,
            interaction.Service, interaction.EbXmlAction, messageId, EbxmlTimestamp.Now(time)).WithPattern(EbxmlPattern.Reliable);
        var conversation = conversations.Start(conversationId, messageId, interaction);

        var sent = await mhs.SendAsync(new EbxmlMessage(header, payload), cancellationToken);
        if (sent.Accepted)
        {
            return new LrAsyncView(LrAsyncOutcome.Accepted, conversationId, messageId, $"{sent.Detail} Spine's reply will arrive separately.");
        }

        conversation.TrySettle(LrBusinessOutcome.Failed, null, sent.Detail);
        return new LrAsyncView(LrAsyncOutcome.Failed, conversationId, messageId, sent.Detail);
    }
}
