using SpineConformance.Hl7.Ebxml;
using SpineConformance.Simulator.Async;

namespace SpineConformance.Simulator.Tests.Async;

/// <summary>When a client's answer to a reliable reply counts as its acknowledgement, so Spine stops resending.</summary>
public sealed class EbxmlAcknowledgmentCheckTests
{
    private const string ReplyId = "5D3C0E6B-1F2A-4C9E-8B7D-2A6F0C1E9B34";
    private const string Conversation = "0F9E8D7C-6B5A-4938-8271-605F4E3D2C1B";

    private static readonly EbxmlHeader Reply = new EbxmlHeader(
        new EbxmlParty("YES-0000806"), new EbxmlParty("A12345-0000101"), "S200000000101", Conversation,
        "urn:nhs:names:services:lrs", "REPC_IN020000UK13", ReplyId, "2025-06-01T12:30:00Z").WithPattern(EbxmlPattern.Reliable);

    private readonly EbxmlAcknowledgmentCheck check = new();

    [Test]
    public void Check_AnAcknowledgmentOfTheReplyInItsConversation_Delivers()
    {
        var verdict = check.Check(200, EbxmlAcknowledgment.ContentType, AckBytes(Acknowledgment()), ReplyId, Conversation);

        Assert.That(verdict.Delivered, Is.True, verdict.Reason);
    }

    [Test]
    public void Check_AnAcknowledgmentInAnotherConversation_IsNotDelivered_NamingBoth()
    {
        const string other = "11111111-2222-4333-8444-555555555555";
        var ack = Acknowledgment() with { Header = Acknowledgment().Header with { ConversationId = other } };

        var verdict = check.Check(200, EbxmlAcknowledgment.ContentType, AckBytes(ack), ReplyId, Conversation);

        Assert.That(verdict.Delivered, Is.False);
        Assert.That(verdict.Reason, Does.Contain(other).And.Contain(Conversation));
    }

    [Test]
    public void Check_AnAcknowledgmentOfAnotherMessage_IsNotDelivered()
    {
        const string request = "99999999-8888-4777-8666-555555555555";
        var ack = Acknowledgment() with { RefToMessageId = request };

        var verdict = check.Check(200, EbxmlAcknowledgment.ContentType, AckBytes(ack), ReplyId, Conversation);

        Assert.That(verdict.Delivered, Is.False);
        Assert.That(verdict.Reason, Does.Contain(request));
    }

    [Test]
    public void Check_AcceptedWithNoAcknowledgment_IsNotDelivered() =>
        Assert.That(check.Check(202, null, [], ReplyId, Conversation).Delivered, Is.False);

    private static EbxmlAcknowledgment Acknowledgment() =>
        EbxmlAcknowledgment.For(Reply, "A1B2C3D4-E5F6-4789-8ABC-DEF012345678", "2025-06-01T12:30:01Z");

    private static byte[] AckBytes(EbxmlAcknowledgment ack) => ack.ToHttp().Body.ToArray();
}
