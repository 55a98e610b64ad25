using System.Net;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Lr;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Mhs;

/// <summary><c>POST /mhs/inbound</c>: acknowledgement, duplicate elimination and correlation of Spine's async replies.</summary>
public sealed class MhsInboundTests
{
    [Test]
    public async Task Receive_ReliableReply_AnswersAcknowledgmentWithSwappedPartiesAndRefToMessageId()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        var request = env.Spine.Single;
        var reply = Created(request);

        using var response = await env.PostInboundAsync(reply);

        var body = await response.Content.ReadAsByteArrayAsync();
        var signal = EbxmlSignalReader.Read(response.Content.Headers.ContentType?.ToString(), body);
        var ack = signal.Acknowledgment;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/xml"));
            Assert.That(ack, Is.Not.Null, signal.Problem);
            Assert.That(ack!.RefToMessageId, Is.EqualTo(reply.Header.MessageId));
            Assert.That(ack.Header.RefToMessageId, Is.EqualTo(reply.Header.MessageId));
            Assert.That(ack.Header.From.PartyId, Is.EqualTo("A12345-0000101"));
            Assert.That(ack.Header.To.PartyId, Is.EqualTo("YES-0000806"));
            Assert.That(ack.Header.ConversationId, Is.EqualTo(reply.Header.ConversationId));
            Assert.That(ack.Header.Action, Is.EqualTo("Acknowledgment"));
            Assert.That(EbxmlMessageId.IsWellFormed(ack.Header.MessageId), Is.True);
            Assert.That(signal.MessageError, Is.Null);
        }
    }

    [Test]
    public async Task Receive_ConfirmLrCreated_SettlesOutcomeCreatedWithLrId()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        var sent = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);

        using var _ = await env.PostInboundAsync(Created(env.Spine.Single));

        var outcome = env.Conversations.Find(sent.ConversationId!)!.Current();
        var received = env.Received.Messages().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Outcome, Is.EqualTo(LrBusinessOutcome.Created));
            Assert.That(outcome.LrId, Is.EqualTo(LrInputs.LrId));
            Assert.That(received.Correlated, Is.True);
            Assert.That(received.Applied, Is.True);
            Assert.That(received.Duplicate, Is.False);
            Assert.That(received.Interaction, Is.EqualTo("REPC_IN020000UK13"));
            Assert.That(received.RefToMessageId, Is.EqualTo(sent.MessageId));
        }
    }

    [Test]
    public async Task Receive_RedeliveredReply_AcknowledgesAgainButProcessesOnce()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        var sent = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        var first = Created(env.Spine.Single);

        // The redelivery carries the same MessageId but an MCCI error: were it processed, the outcome would change.
        var redelivered = first with { Payload = new(Rejected(env.Spine.Single)) };
        using var _ = await env.PostInboundAsync(first);
        using var second = await env.PostInboundAsync(redelivered);

        var signal = EbxmlSignalReader.Read(second.Content.Headers.ContentType?.ToString(), await second.Content.ReadAsByteArrayAsync());
        var received = env.Received.Messages();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(signal.Acknowledgment?.RefToMessageId, Is.EqualTo(first.Header.MessageId));
            Assert.That(received.Select(r => r.Duplicate), Is.EqualTo(new[] { false, true }));
            Assert.That(received[1].Applied, Is.False);
            Assert.That(env.Conversations.Find(sent.ConversationId!)!.Current().Outcome, Is.EqualTo(LrBusinessOutcome.Created));
        }
    }

    [Test]
    public async Task Receive_DuplicateAfterPersistDuration_ProcessesAgain()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        var reply = Created(env.Spine.Single);
        using var _ = await env.PostInboundAsync(reply);

        env.Clock.Advance(TimeSpan.FromMinutes(5));
        using var __ = await env.PostInboundAsync(reply);

        Assert.That(env.Received.Messages().Select(r => r.Duplicate), Is.EqualTo(new[] { false, false }));
    }

    [Test]
    public async Task Receive_UnknownRefToMessageId_AcknowledgesButDoesNotApply()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        var sent = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        var reply = Created(env.Spine.Single);
        var stray = reply with { Header = reply.Header with { RefToMessageId = "FFFFFFFF-0000-4000-8000-000000000000" } };

        using var response = await env.PostInboundAsync(stray);

        var signal = EbxmlSignalReader.Read(response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync());
        var received = env.Received.Messages().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(signal.Acknowledgment, Is.Not.Null);
            Assert.That(received.Correlated, Is.False);
            Assert.That(received.Applied, Is.False);
            Assert.That(received.Note, Does.StartWith("Uncorrelated"));
            Assert.That(env.Conversations.Find(sent.ConversationId!)!.Current().Outcome, Is.EqualTo(LrBusinessOutcome.Pending));
        }
    }

    [Test]
    public async Task Receive_RightRefToMessageIdWrongConversationId_DoesNotApply()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        var sent = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        var reply = Created(env.Spine.Single);
        var crossed = reply with { Header = reply.Header with { ConversationId = "EEEEEEEE-0000-4000-8000-000000000000" } };

        using var _ = await env.PostInboundAsync(crossed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(env.Received.Messages().Single().Correlated, Is.False);
            Assert.That(env.Conversations.Find(sent.ConversationId!)!.Current().Outcome, Is.EqualTo(LrBusinessOutcome.Pending));
        }
    }

    [Test]
    public async Task Receive_AddressedToAnotherParty_AnswersMessageError501314()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        var reply = Created(env.Spine.Single);
        var misrouted = reply with { Header = reply.Header with { To = new EbxmlParty("Z99999-0000001") } };

        using var response = await env.PostInboundAsync(misrouted);

        var signal = EbxmlSignalReader.Read(response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(signal.MessageError?.Errors.Single().Description, Is.EqualTo("501314:Invalid To Party Type attribute"));
            Assert.That(signal.MessageError?.Header.RefToMessageId, Is.EqualTo(reply.Header.MessageId));
            Assert.That(env.Received.Messages().Single().Answer, Is.EqualTo("messageError"));
        }
    }

    [Test]
    public async Task Receive_NotEbxml_AnswersMessageError()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsync("/mhs/inbound", new StringContent("not a message", System.Text.Encoding.UTF8, "text/plain"));

        var signal = EbxmlSignalReader.Read(response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(signal.MessageError, Is.Not.Null, signal.Problem);
            Assert.That(signal.Acknowledgment, Is.Null);
        }
    }

    [Test]
    public async Task Receive_ApplicationAcknowledgementAE_SettlesSpineErrorWithReasons()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        var sent = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        var request = env.Spine.Single;

        using var _ = await env.PostInboundAsync(MhsReplies.ReplyTo(request.Ebxml.Message.Header, "MCCI_IN010000UK13", Rejected(request)));

        var outcome = env.Conversations.Find(sent.ConversationId!)!.Current();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Outcome, Is.EqualTo(LrBusinessOutcome.SpineError));
            Assert.That(outcome.Message, Does.Contain("AE").And.Contain("1 Patient not found"));
        }
    }

    internal static EbxmlMessage Created(RecordedSpineRequest request) =>
        MhsReplies.ReplyTo(request.Ebxml.Message.Header, "REPC_IN020000UK13",
            LrMessages.ConfirmLrCreated(SutWithFakeSpine.ResponseContextFor(request), LrInputs.LrId));

    private static System.Xml.Linq.XElement Rejected(RecordedSpineRequest request) =>
        LrMessages.ApplicationAcknowledgement(SutWithFakeSpine.ResponseContextFor(request), AcknowledgementType.AE, [LrMessages.LrIssue("1", "Patient not found")]);
}
