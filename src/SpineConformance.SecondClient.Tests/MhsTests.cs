using System.Net;
using System.Xml.Linq;
using SpineConformance.SecondClient.Tests.Support;

namespace SpineConformance.SecondClient.Tests;

/// <summary>The MHS: reliable sending and its retries, acknowledgements, duplicates, and replies applied to the request they name.</summary>
public sealed class MhsTests
{
    private const string Patient = "9434765919";

    [Test]
    public async Task Create_IsAReliableMessageOnLrs_WithAQuotedSoapAction()
    {
        await using var client = await RunningClient.StartAsync();

        var accepted = await client.PostAsync("/test-hook/lr/create", new { nhsNumber = Patient, lrType = "06" });

        var sent = client.Spine.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(accepted.GetProperty("outcome").GetString(), Is.EqualTo("accepted"));
            Assert.That(sent.Path, Is.EqualTo("/reliablemessaging/reliablerequest"));
            Assert.That(sent.SoapAction, Is.EqualTo("\"urn:nhs:names:services:lrs/REPC_IN010000UK15\""));
            Assert.That(sent.ContentType, Does.StartWith("multipart/related"));
            Assert.That(sent.Body, Does.Contain("<eb:DuplicateElimination />").Or.Contain("<eb:DuplicateElimination/>"));
            Assert.That(SpineReplies.IdsOf(sent).MessageId, Is.EqualTo(accepted.GetProperty("messageId").GetString()));
        });
    }

    [Test]
    public async Task Create_SelfClaimedWithNoAlertGiven_StillAsksSpineForTheAlert()
    {
        await using var client = await RunningClient.StartAsync();

        await client.PostAsync("/test-hook/lr/create", new { nhsNumber = Patient, lrType = "08", accessReason = "04", justification = "Seen in clinic today" });

        var hl7 = XElement.Parse(SpineReplies.Hl7PartOf(client.Spine.Requests.Single()));
        var alert = hl7.Descendants().Single(e => e.Name.LocalName == "justifyingAlertRequest").Elements().Single();
        Assert.That(alert.Attribute("code")!.Value, Is.EqualTo("True"));
        Assert.That(hl7.Descendants().Single(e => e.Name.LocalName == "pertinentLRReason").Value, Does.Contain("Seen in clinic today"));
    }

    [Test]
    public async Task Create_AnInvalidNhsNumber_IsRefusedAndNothingIsSent()
    {
        await using var client = await RunningClient.StartAsync();

        var shown = await client.PostAsync("/test-hook/lr/create", new { nhsNumber = "9434765918", lrType = "06" });

        Assert.That(shown.GetProperty("outcome").GetString(), Is.EqualTo("refused"));
        Assert.That(client.Spine.Requests, Is.Empty);
    }

    [Test]
    public async Task Reply_IsAcknowledgedNamingItAndItsConversation_AndShowsTheLr()
    {
        await using var client = await RunningClient.StartAsync();
        await client.PostAsync("/test-hook/lr/create", new { nhsNumber = Patient, lrType = "06" });
        var request = SpineReplies.IdsOf(client.Spine.Requests.Single());

        using var answer = await client.Hook.PostAsync("/mhs/inbound", SpineReplies.LrCreated("R0000000-0000-4000-8000-000000000001", request, "LR-1"));
        var outcome = await client.Hook.GetStringAsync($"/test-hook/lr/outcomes/{request.ConversationId}?waitSeconds=5");

        var ack = XDocument.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Text(ack, "Action"), Is.EqualTo("Acknowledgment"));
            Assert.That(Text(ack, "RefToMessageId"), Is.EqualTo("R0000000-0000-4000-8000-000000000001"));
            Assert.That(Text(ack, "ConversationId"), Is.EqualTo(request.ConversationId));
            Assert.That(outcome, Does.Contain("\"outcome\":\"created\"").And.Contain("\"lrId\":\"LR-1\""));
        });
    }

    [Test]
    public async Task Replies_InReverseOrder_AreEachAppliedToTheRequestTheyName()
    {
        await using var client = await RunningClient.StartAsync();
        await client.PostAsync("/test-hook/lr/create", new { nhsNumber = Patient, lrType = "06" });
        await client.PostAsync("/test-hook/lr/create", new { nhsNumber = "9990000042", lrType = "06" });
        var first = SpineReplies.IdsOf(client.Spine.Requests.First());
        var second = SpineReplies.IdsOf(client.Spine.Requests.Last());

        (await client.Hook.PostAsync("/mhs/inbound", SpineReplies.LrCreated("R0000000-0000-4000-8000-000000000002", second, "LR-SECOND"))).Dispose();

        var firstOutcome = await client.Hook.GetStringAsync($"/test-hook/lr/outcomes/{first.ConversationId}?waitSeconds=0");
        var secondOutcome = await client.Hook.GetStringAsync($"/test-hook/lr/outcomes/{second.ConversationId}?waitSeconds=0");
        Assert.That(firstOutcome, Does.Contain("\"outcome\":\"pending\""));
        Assert.That(secondOutcome, Does.Contain("\"lrId\":\"LR-SECOND\""));
    }

    [Test]
    public async Task Reply_DeliveredTwice_IsAcknowledgedBothTimesAndAppliedOnce()
    {
        await using var client = await RunningClient.StartAsync();
        await client.PostAsync("/test-hook/lr/create", new { nhsNumber = Patient, lrType = "06" });
        var request = SpineReplies.IdsOf(client.Spine.Requests.Single());

        using var first = await client.Hook.PostAsync("/mhs/inbound", SpineReplies.LrCreated("R0000000-0000-4000-8000-000000000003", request, "LR-3"));
        using var second = await client.Hook.PostAsync("/mhs/inbound", SpineReplies.LrCreated("R0000000-0000-4000-8000-000000000003", request, "LR-3"));

        var received = await client.PostlessGetAsync("/test-hook/mhs/received");
        var messages = received.GetProperty("messages").EnumerateArray().ToList();
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Text(XDocument.Parse(await second.Content.ReadAsStringAsync()), "RefToMessageId"), Is.EqualTo("R0000000-0000-4000-8000-000000000003"));
        Assert.That(messages.Select(m => (m.GetProperty("duplicate").GetBoolean(), m.GetProperty("applied").GetBoolean())), Is.EqualTo(new[] { (false, true), (true, false) }));
    }

    [Test]
    public async Task Send_AfterRetriableFault206_ResendsTheSameMessage()
    {
        await using var client = await RunningClient.StartAsync();
        var answers = 0;
        client.Spine.Answer = _ => Interlocked.Increment(ref answers) == 1
            ? (HttpStatusCode.InternalServerError, SpineAnswers.SoapFault("206"))
            : (HttpStatusCode.Accepted, SpineAnswers.Acknowledgment);

        var accepted = await client.PostAsync("/test-hook/lr/create", new { nhsNumber = Patient, lrType = "06" });

        var attempts = (await client.PostlessGetAsync("/test-hook/mhs/sent")).GetProperty("attempts").EnumerateArray().ToList();
        Assert.That(accepted.GetProperty("outcome").GetString(), Is.EqualTo("accepted"));
        Assert.That(attempts.Select(a => (a.GetProperty("answer").GetString(), a.GetProperty("willRetry").GetBoolean())),
            Is.EqualTo(new[] { ("retriableFault", true), ("accepted", false) }));
        Assert.That(client.Spine.Requests.Select(r => SpineReplies.IdsOf(r).MessageId).Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Send_AnsweredWithAMessageError_IsNeverResentAndFails()
    {
        await using var client = await RunningClient.StartAsync();
        client.Spine.Answer = _ => (HttpStatusCode.OK, SpineAnswers.MessageError);

        var shown = await client.PostAsync("/test-hook/lr/create", new { nhsNumber = Patient, lrType = "06" });

        Assert.That(shown.GetProperty("outcome").GetString(), Is.EqualTo("failed"));
        Assert.That(shown.GetProperty("message").GetString(), Does.Contain("501319:Unknown eb:CPAId"));
        Assert.That(client.Spine.Requests, Has.Count.EqualTo(1));
    }

    private static string Text(XDocument document, string localName) =>
        document.Descendants().First(e => e.Name.LocalName == localName).Value;
}
