using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// Applies Spine's async LR replies: a reply counts only when its RefToMessageId names a request this system sent and
/// its ConversationId is that request's; anything else is recorded as uncorrelated and changes nothing.
/// </summary>
public sealed class LrReplyHandler(LrConversations conversations, IOptions<ReferenceSutOptions> options) : MhsReplyHandler
{
    public override MhsCorrelation Handle(EbxmlMessage reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var header = reply.Header;
        if (string.IsNullOrWhiteSpace(header.RefToMessageId))
        {
            return MhsCorrelation.NotProcessed("Unsolicited: the message has no RefToMessageId, and this system expects only replies; not applied.");
        }

        var defects = options.Value.SwitchedOnDefects();
        var firstInFirstOut = defects.IsOn(DefectCatalogue.ReplyToOldestPending);
        if ((firstInFirstOut ? conversations.OldestPending() : conversations.FindByMessageId(header.RefToMessageId)) is not { } conversation)
        {
            return MhsCorrelation.NotProcessed($"Uncorrelated: RefToMessageId {header.RefToMessageId} names no request this system sent; not applied.");
        }

        if (!firstInFirstOut && !string.Equals(conversation.ConversationId, header.ConversationId, StringComparison.OrdinalIgnoreCase))
        {
            return MhsCorrelation.NotProcessed(
                $"Uncorrelated: ConversationId {header.ConversationId} is not {conversation.ConversationId}, the ConversationId of request {conversation.MessageId}; not applied.");
        }

        var response = reply.Payload?.Root is { } hl7
            ? LrResponseReader.Read(hl7)
            : new LrResponse.Unreadable("The reply carries no HL7 payload.");
        var (outcome, lrId, message) = LrReplyMapping.For(conversation.Interaction, response, defects);
        return conversation.TrySettle(outcome, lrId, message)
            ? new MhsCorrelation(true, true, $"Applied to conversation {conversation.ConversationId}: {outcome}.")
            : new MhsCorrelation(true, false, $"Conversation {conversation.ConversationId} already has its outcome ({conversation.Current().Outcome}); this reply was not applied.");
    }
}
