using SpineConformance.Hl7.Ebxml;
using SpineConformance.ReferenceSut.Lr;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Mhs;

/// <summary>The ebXML a reliable send puts on the wire, and what each of Spine's answers does to it.</summary>
public sealed class MhsReliableSenderTests
{
    [Test]
    public async Task SendAsync_CreateRequest_SendsReliableHeaderFromOptions()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);

        var sent = env.Spine.Single;
        var header = sent.Ebxml.Message.Header;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Path, Is.EqualTo("/reliablemessaging/reliablerequest"));
            Assert.That(sent.SoapAction, Is.EqualTo("\"urn:nhs:names:services:lrs/REPC_IN010000UK15\""));
            Assert.That(sent.ContentType, Does.StartWith("multipart/related"));
            Assert.That(sent.Ebxml.Problems, Is.Empty);
            Assert.That(header.Service, Is.EqualTo("urn:nhs:names:services:lrs"));
            Assert.That(header.Action, Is.EqualTo("REPC_IN010000UK15"));
            Assert.That(header.CpaId, Is.EqualTo("S200000000101"));
            Assert.That(header.From.PartyId, Is.EqualTo("A12345-0000101"));
            Assert.That(header.To.PartyId, Is.EqualTo("YES-0000806"));
            Assert.That(header.DuplicateElimination, Is.True);
            Assert.That(header.AckRequested?.Actor, Is.EqualTo(EbxmlConstants.ToPartyMshActor));
            Assert.That(header.SyncReply, Is.True);
            Assert.That(EbxmlMessageId.IsWellFormed(header.MessageId), Is.True, header.MessageId);
            Assert.That(EbxmlMessageId.IsWellFormed(header.ConversationId), Is.True, header.ConversationId);
            Assert.That(header.ConversationId, Is.Not.EqualTo(header.MessageId));
        }
    }

    [Test]
    public async Task SendAsync_ConfiguredParties_SendsThem()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o =>
        {
            o.Mhs.PartyKey = "B99999-0000999";
            o.Mhs.CpaId = "S999";
            o.Mhs.SpinePartyKey = "YEA-0000001";
            o.Mhs.ReliablePath = "/custom/reliable";
        });

        await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Path, Is.EqualTo("/custom/reliable"));
            Assert.That(sent.Ebxml.Message.Header.From.PartyId, Is.EqualTo("B99999-0000999"));
            Assert.That(sent.Ebxml.Message.Header.To.PartyId, Is.EqualTo("YEA-0000001"));
            Assert.That(sent.Ebxml.Message.Header.CpaId, Is.EqualTo("S999"));
        }
    }

    [Test]
    public async Task SendAsync_TwoBusinessActions_UseTwoConversations()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var first = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        var second = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);

        Assert.That(first.ConversationId, Is.Not.EqualTo(second.ConversationId));
    }

    [Test]
    public async Task SendAsync_202WithAcknowledgment_ReportsAcceptedWithIds()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var shown = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);

        var header = env.Spine.Single.Ebxml.Message.Header;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(LrAsyncOutcome.Accepted));
            Assert.That(shown.MessageId, Is.EqualTo(header.MessageId));
            Assert.That(shown.ConversationId, Is.EqualTo(header.ConversationId));
            Assert.That(env.Sent.Attempts().Single().Answer, Is.EqualTo(MhsAnswerKind.Accepted));
        }
    }

    [Test]
    public async Task SendAsync_202WithoutBody_ReportsAccepted()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.MhsReply = MhsReplies.EmptyAccepted();

        var shown = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);

        Assert.That(shown.Outcome, Is.EqualTo(LrAsyncOutcome.Accepted));
    }

    [Test]
    public async Task SendAsync_AcknowledgmentOfAnotherMessage_ReportsFailedWithoutRetry()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.MhsReply = MhsReplies.AcknowledgeAnotherMessage();

        var shown = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(LrAsyncOutcome.Failed));
            Assert.That(shown.Message, Does.Contain("0BAD0BAD-0000-4000-8000-000000000000"));
            Assert.That(env.Spine.Received, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task SendAsync_Fault206ThenAck_ResendsSameMessageAfterRetryInterval()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.MhsReply = MhsReplies.Sequence(MhsReplies.Fault("206"), MhsReplies.Acknowledge());

        var sending = env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        await env.WaitForAttemptsAsync(1);
        env.Clock.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        var beforeInterval = env.Spine.Received.Count;
        env.Clock.Advance(TimeSpan.FromTicks(1));
        var shown = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        var attempts = env.Sent.Attempts();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeInterval, Is.EqualTo(1));
            Assert.That(shown.Outcome, Is.EqualTo(LrAsyncOutcome.Accepted));
            Assert.That(env.Spine.Received.Select(r => r.Ebxml.Message.Header.MessageId).Distinct().Count(), Is.EqualTo(1));
            Assert.That(env.Spine.Received[1].Body, Is.EqualTo(env.Spine.Received[0].Body));
            Assert.That(attempts.Select(a => (a.Attempt, a.HttpStatus, a.Answer, a.WillRetry)), Is.EqualTo(new[]
            {
                (1, (int?)500, MhsAnswerKind.RetriableFault, true),
                (2, (int?)202, MhsAnswerKind.Accepted, false),
            }));
            Assert.That(attempts[1].At, Is.EqualTo("2025-06-01T12:30:02Z"));
        }
    }

    [Test]
    public async Task SendAsync_Fault206Always_ResendsExactlyRetriesTimesThenFails()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.Mhs.Retries = 3);
        env.Spine.MhsReply = MhsReplies.Fault("206");

        var sending = env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await env.WaitForAttemptsAsync(attempt);
            env.Clock.Advance(TimeSpan.FromSeconds(2));
        }

        var shown = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(LrAsyncOutcome.Failed));
            Assert.That(shown.Message, Does.Contain("after 4 attempts"));
            Assert.That(env.Spine.Received, Has.Count.EqualTo(4));
            Assert.That(env.Sent.Attempts().Select(a => a.MessageId).Distinct().Count(), Is.EqualTo(1));
            Assert.That(env.Sent.Attempts()[^1].WillRetry, Is.False);
        }
    }

    [Test]
    public async Task SendAsync_FaultWithOtherCode_FailsWithoutRetry()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.MhsReply = MhsReplies.Fault("300");

        var shown = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(LrAsyncOutcome.Failed));
            Assert.That(env.Sent.Attempts().Single().Answer, Is.EqualTo(MhsAnswerKind.SoapFault));
        }
    }

    [TestCase(200)]
    [TestCase(500)]
    public async Task SendAsync_MessageError_FailsWithoutRetry(int status)
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.MhsReply = MhsReplies.MessageError(status);

        var shown = await env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        var outcome = await env.Conversations.WaitAsync(env.Conversations.Find(shown.ConversationId!)!, TimeSpan.Zero, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(LrAsyncOutcome.Failed));
            Assert.That(shown.Message, Does.Contain("501319:Unknown eb:CPAId"));
            Assert.That(env.Spine.Received, Has.Count.EqualTo(1));
            Assert.That(env.Sent.Attempts().Single(), Has.Property(nameof(MhsSendAttempt.Answer)).EqualTo(MhsAnswerKind.MessageError)
                .And.Property(nameof(MhsSendAttempt.WillRetry)).False);
            Assert.That(outcome.Outcome, Is.EqualTo(LrBusinessOutcome.Failed));
        }
    }

    [Test]
    public async Task SendAsync_SpineUnreachable_RetriesLikeRetriableFault()
    {
        var closed = ClosedPort.LoopbackUrl();
        await using var env = await SutWithFakeSpine.StartAsync(o =>
        {
            o.SpineBaseUrl = closed;
            o.Mhs.Retries = 1;
        });

        var sending = env.LrRequests.RequestCreateAsync(LrInputs.SelfClaimed(), null, CancellationToken.None);
        await env.WaitForAttemptsAsync(1);
        env.Clock.Advance(TimeSpan.FromSeconds(2));
        var shown = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(LrAsyncOutcome.Failed));
            Assert.That(env.Sent.Attempts().Select(a => a.Answer), Is.EqualTo(new[] { MhsAnswerKind.Unreachable, MhsAnswerKind.Unreachable }));
            Assert.That(shown.Message, Does.Contain("Could not reach Spine"));
        }
    }
}
