using System.Globalization;
using System.Xml.Linq;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Time;
using SpineConformance.SecondClient.Identity;
using SpineConformance.SecondClient.Mhs;
using SpineConformance.SecondClient.TestHook;
using SpineConformance.SecondClient.Wire;

namespace SpineConformance.SecondClient.Lr;

/// <summary>
/// The LR actions that change something (create, status change, workgroup add and remove): RBAC and the NHS number are
/// checked locally first, then the request goes to Spine as an ebXML reliable message and the user is told once Spine has
/// accepted it; the business outcome follows when the reply arrives.
/// </summary>
internal sealed class LrRequestService(
    JobRolePolicy rbac, Hl7Interaction hl7, MessageStamps stamps, ReliableSender sender, Conversations conversations, Defects.SwitchedOnDefects defects,
    ILogger<LrRequestService> log)
{
    private const string SelfClaimed = "08";

    public Task<LrAsyncView> CreateAsync(LrCreateHookRequest input, ActingUser user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.LrType))
        {
            throw new HookInputException("lrType is required (an LRType code such as 06).");
        }

        if (Refusal(rbac.MayManageRelationships(user), user, "request legitimate relationships") is { } refused)
        {
            return Task.FromResult(refused);
        }

        if (!NhsNumber.Parse(input.NhsNumber).TryGetValue(out var patient))
        {
            return Task.FromResult(InvalidNhsNumber(input.NhsNumber));
        }

        LrAgent subject = string.IsNullOrWhiteSpace(input.WorkgroupId) ? LrAgent.Person.Of(user.RoleProfileId, user.UserId) : LrAgent.Workgroup.Of(input.WorkgroupId);

        // A self-claimed LR always asks Spine to alert the privacy officer, whatever the form left unticked.
        var alert = input.Alert ?? (input.LrType == SelfClaimed ? true : null);
        if (input.LrType == SelfClaimed && defects.Makes(Defects.ClientDefects.SelfClaimWithoutAlert))
        {
            alert = null;
        }

        var payload = CreateRequest.For(input.LrType, subject, patient.Value, LrAgent.RequestingUser.Of(user.RoleProfileId, user.UserId)) with
        {
            EffectiveTime = ExpiryOf(input.ExpiresAt),
            Reason = input.AccessReason is null && input.Justification is null ? null
                : input.AccessReason is null ? new LrReason(input.Justification, null) : LrReason.Of(input.AccessReason, input.Justification),
            AlertCode = alert is null ? null : LrVocabulary.AlertCode.Coded(alert.Value ? "True" : "False"),
        };
        return SendAsync("lrs", "REPC_IN010000UK15", user, LrPayloadXml.Write(payload), cancellationToken);
    }

    public Task<LrAsyncView> ChangeStatusAsync(LrStatusChangeHookRequest input, ActingUser user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.LrId) || string.IsNullOrWhiteSpace(input.Reason))
        {
            throw new HookInputException("lrId and reason (an SCReasonCode) are required.");
        }

        if (Refusal(rbac.MayManageRelationships(user), user, "change legitimate relationships") is { } refused)
        {
            return Task.FromResult(refused);
        }

        if (!NhsNumber.Parse(input.NhsNumber).TryGetValue(out var patient))
        {
            return Task.FromResult(InvalidNhsNumber(input.NhsNumber));
        }

        var payload = SCRequest.For(input.Reason, patient.Value, LrAgent.Person.Of(user.RoleProfileId, user.UserId), input.LrId);
        return SendAsync("lrs", "REPC_IN040000UK15", user, LrPayloadXml.Write(payload), cancellationToken);
    }

    public Task<LrAsyncView> MembershipAsync(bool add, LrWorkgroupMembershipHookRequest input, ActingUser user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.MemberRoleProfileId) || string.IsNullOrWhiteSpace(input.MemberUserId) || string.IsNullOrWhiteSpace(input.WorkgroupId))
        {
            throw new HookInputException("memberRoleProfileId, memberUserId and workgroupId are required.");
        }

        if (Refusal(rbac.MayAdministerWorkgroups(user), user, "administer workgroups") is { } refused)
        {
            return Task.FromResult(refused);
        }

        var member = LrAgent.Person.Of(input.MemberRoleProfileId, input.MemberUserId);
        var payload = add
            ? LrPayloadXml.Write(LrPayloadXml.AddToWorkgroupRequest, WorkgroupMembershipRequest.Add(member, input.WorkgroupId, user.RoleProfileId, input.IdentifiedWorkgroupsOnly))
            : LrPayloadXml.Write(LrPayloadXml.RemoveFromWorkgroupRequest, WorkgroupMembershipRequest.Remove(member, input.WorkgroupId, user.RoleProfileId, input.IdentifiedWorkgroupsOnly));
        return SendAsync("sds", add ? "REPC_IN130002UK01" : "REPC_IN130004UK01", user, payload, cancellationToken);
    }

    private async Task<LrAsyncView> SendAsync(string service, string interaction, ActingUser user, XElement payload, CancellationToken cancellationToken)
    {
        var subject = new XElement(WireNames.V3 + "subject", new XAttribute("typeCode", "SUBJ"), new XAttribute("contextConductionInd", "false"), payload);
        var message = new ReliableMessage(stamps.NewId(), stamps.NewId(), WireNames.ServicePrefix + service, interaction, hl7.Build(interaction, user, subject));

        // Expected before it is sent: Spine's reply may arrive before the HTTP answer does.
        conversations.Expect(message.MessageId, message.ConversationId, interaction);
        var last = await sender.SendAsync(message, cancellationToken);
        if (last.Answer == "accepted")
        {
            return new LrAsyncView("accepted", message.ConversationId, message.MessageId, "Spine accepted the request; its reply will follow.");
        }

        var text = $"The request failed: {last.Detail}";
        conversations.Settle(message.ConversationId, "failed", null, text);
        return new LrAsyncView("failed", message.ConversationId, message.MessageId, text);
    }

    private LrAsyncView? Refusal(bool allowed, ActingUser user, string what)
    {
        if (allowed)
        {
            return null;
        }

        log.RefusedByRole(user.JobRole, what);
        return new LrAsyncView("refused", null, null, $"Job role {user.JobRole} may not {what}. Nothing was sent to Spine.");
    }

    private LrAsyncView InvalidNhsNumber(string? nhsNumber)
    {
        var error = NhsNumber.Parse(nhsNumber).Error;
        log.RefusedNhsNumber(error);
        return new LrAsyncView("refused", null, null, $"{error} Nothing was sent to Spine.");
    }

    private static string? ExpiryOf(string? expiresAt) =>
        expiresAt is null ? null
            : DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? Hl7Timestamp.Format(at)
            : throw new HookInputException($"expiresAt '{expiresAt}' is not an ISO 8601 date and time.");
}
