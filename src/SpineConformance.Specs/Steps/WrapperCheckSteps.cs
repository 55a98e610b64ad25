using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Xml;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// Checks every message's wrapper says what is true of that message: its <c>creationTime</c> is when it was sent (within
/// <see cref="CreationTimeTolerance"/> of the simulator's clock at receipt), its HL7 id and its transport message id
/// (<c>wsa:MessageID</c>, <c>eb:MessageId</c>) are its own across the run, and it names the user who acted.
/// </summary>
[Binding]
public sealed class WrapperCheckSteps(ScenarioState state, ISutDriver sut, SimulatorControl simulator, SuiteEnvironment environment, Evidence evidence)
{
    /// <summary>
    /// How far a creationTime may be from the simulator's clock when the message arrives: room for a supplier's clock
    /// drifting from the simulator's and for a slow send, far less than a value computed once and reused.
    /// </summary>
    public static readonly TimeSpan CreationTimeTolerance = TimeSpan.FromSeconds(30);

    // Far enough apart that two creationTimes given to the second must differ.
    private static readonly TimeSpan ApartBySecond = TimeSpan.FromMilliseconds(1100);

    private readonly List<(SentRequest Request, SutUser User)> made = [];

    [Then("the request carries the time it was sent and ids of its own")]
    public async Task OwnTimeAndIds()
    {
        var requests = Requests(state.Exchanges);
        Assert.That(requests, Is.Not.Empty, $"The last action sent nothing to check.{state.Cause()}");
        // This run's exchanges only: a hosted simulator's journal also holds earlier runs' (and, under the operator key, other suppliers').
        var run = await simulator.ExchangesAfterAsync(await environment.JournalMarkAtStartAsync());
        var problems = requests.SelectMany(r => TimeProblems(r).Concat(IdProblems(r, run))).Distinct().ToList();
        Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems));
    }

    [When("the clinician views the patient's sharing permissions, and a second later another clinician does too")]
    public async Task BothViewASecondApart()
    {
        var second = state.SecondUser ?? throw new InvalidOperationException("No second clinician: a Given step must name one.");
        await ViewAsync(null, Logged());

        // On the run's clock, so a test can drive it; the only wait is the one second that makes two creationTimes differ.
        await Task.Delay(ApartBySecond, environment.Time);
        await ViewAsync(second, second);
        state.Exchanges = [.. made.Select(m => m.Request.Entry)];
    }

    [Then("each request names the clinician who made it")]
    public void EachNamesItsClinician()
    {
        Assert.That(made, Has.Count.EqualTo(2), "each clinician's view should reach Spine");
        Assert.Multiple(() =>
        {
            foreach (var (request, user) in made)
            {
                RequestNames.Check(request, user, environment.Identities);
            }
        });
    }

    [Then("each request has its own HL7 id and message id, and a creationTime later than the one before")]
    public void EachHasItsOwnIdsAndTime()
    {
        Assert.That(made, Has.Count.EqualTo(2), "each clinician's view should reach Spine");
        var (first, second) = (made[0].Request, made[1].Request);
        var (firstTime, firstProblem) = CreationTimeValue.Parse(first.Message.Interaction?.Element(SpineNamespaces.Hl7 + "creationTime")?.Attribute("value")?.Value);
        var (secondTime, secondProblem) = CreationTimeValue.Parse(second.Message.Interaction?.Element(SpineNamespaces.Hl7 + "creationTime")?.Attribute("value")?.Value);
        Assert.Multiple(() =>
        {
            Assert.That(second.Message.Hl7Id, Is.Not.EqualTo(first.Message.Hl7Id), "each message has its own HL7 id");
            Assert.That(second.TransportMessageId, Is.Not.EqualTo(first.TransportMessageId), "each message has its own wsa:MessageID");
            Assert.That(firstProblem ?? secondProblem, Is.Null);
            if (firstTime is not null && secondTime is not null)
            {
                // Given to the minute, two times a second apart may share the minute; given to the second, they may not.
                var later = firstTime.Precision > TimeSpan.FromSeconds(1) || secondTime.Precision > TimeSpan.FromSeconds(1)
                    ? secondTime.Instant >= firstTime.Instant
                    : secondTime.Instant > firstTime.Instant;
                Assert.That(later, Is.True,
                    $"The second request, sent {(second.Entry.ReceivedAt - first.Entry.ReceivedAt).TotalSeconds:0.0} s after the first, carries creationTime "
                    + $"{secondTime.Text}; the first carried {firstTime.Text}. creationTime must be the time each message is sent, not a value computed once and reused.");
            }
        });
    }

    private async Task ViewAsync(SutUser? actingUser, SutUser user)
    {
        var mark = await simulator.JournalMarkAsync();
        var shown = await sut.ViewPermissionsAsync(state.NhsNumber, actingUser, CancellationToken.None);
        evidence.AttachJson($"What the system showed {user.UserId}", shown);
        state.Shown = shown;
        state.Outcome = shown.Outcome;
        state.Message = shown.Message;
        var exchanges = await simulator.ExchangesForAsync(state.NhsNumber, mark);
        if (exchanges.Count != 1)
        {
            var instead = exchanges.Count == 0 ? Environment.NewLine + ArrivedInstead.Explain(state.NhsNumber, await simulator.ExchangesSinceAsync(mark)) : string.Empty;
            Assert.Fail($"Viewing as {user.UserId} should send one request about {state.NhsNumber}; it sent {exchanges.Count}. The system showed {shown.Outcome}: {shown.Message}{instead}");
        }

        evidence.AttachExchange(exchanges[0]);
        made.Add((SentRequest.Read(exchanges[0]), user));
    }

    private SutUser Logged()
    {
        var identities = environment.Identities;
        return new SutUser(identities.RoleProfileId.Value, identities.UserId.Value, identities.JobRole.Value);
    }

    // The system's own requests, once each: resends of an ebXML message (the same eb:MessageId) are one message.
    private static List<SentRequest> Requests(IEnumerable<JournalEntry> exchanges) =>
        [.. exchanges.Where(e => e.Direction == ExchangeDirection.Inbound)
            .DistinctBy(e => e.EbxmlMessageId ?? $"#{e.Id}")
            .Select(e => SentRequest.TryRead(e).Request).OfType<SentRequest>()];

    private static IEnumerable<string> TimeProblems(SentRequest request)
    {
        var text = request.Message.Interaction?.Element(SpineNamespaces.Hl7 + "creationTime")?.Attribute("value")?.Value;
        var (time, problem) = CreationTimeValue.Parse(text);
        if (time is null)
        {
            yield return $"{Name(request)}: {problem}.";
        }
        else if (!time.IsWithin(CreationTimeTolerance, request.Entry.ReceivedAt))
        {
            yield return $"{Name(request)}: creationTime {text} ({time.Instant.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC) is not the time it was sent: "
                + $"Spine received it at {request.Entry.ReceivedAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC, {Apart(time.Instant, request.Entry.ReceivedAt)} "
                + $"(at most {CreationTimeTolerance.TotalSeconds:0} s is allowed; a time without an offset is Europe/London time).";
        }
    }

    private static IEnumerable<string> IdProblems(SentRequest request, IReadOnlyList<JournalEntry> run)
    {
        var others = run.Where(e => e.Id != request.Entry.Id).ToList();
        if (request.IsEbxml)
        {
            // A resend carries the same eb:MessageId, in the same conversation, with the same bytes; any other use is a reused id.
            var reused = others.Where(e => Same(e.EbxmlMessageId, request.Entry.EbxmlMessageId)
                && (e.ConversationId != request.Entry.ConversationId || !e.RequestBody.AsSpan().SequenceEqual(request.Entry.RequestBody))).ToList();
            if (reused.Count > 0)
            {
                yield return $"{Name(request)}: eb:MessageId {request.Entry.EbxmlMessageId} was already used by {Describe(reused)}; each message needs its own.";
            }
        }
        else if (request.Message.MessageId is { } wsa && others.Where(e => Same(e.WsaMessageId, wsa)).ToList() is { Count: > 0 } reused)
        {
            yield return $"{Name(request)}: wsa:MessageID {wsa} was also used by {Describe(reused)}; each message needs its own.";
        }

        if (request.Message.Hl7Id is { Length: > 0 } hl7Id)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes($"\"{hl7Id}\"");
            var sameId = others.Where(e => !Same(e.EbxmlMessageId ?? $"#{e.Id}", request.Entry.EbxmlMessageId) && e.RequestBody.AsSpan().IndexOf(bytes) >= 0)
                .Where(e => SentRequest.TryRead(e).Request?.Message.Hl7Id == hl7Id).ToList();
            if (sameId.Count > 0)
            {
                yield return $"{Name(request)}: the HL7 id {hl7Id} was also used by {Describe(sameId)}; each message needs its own.";
            }
        }
    }

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Bare(a), Bare(b), StringComparison.OrdinalIgnoreCase);

    private static string Bare(string id) => id.StartsWith("uuid:", StringComparison.OrdinalIgnoreCase) ? id[5..] : id;

    private static string Describe(List<JournalEntry> entries) =>
        string.Join(", ", entries.Take(3).Select(e => $"{e.InteractionId ?? "a message"} received {e.ReceivedAt.ToUniversalTime():HH:mm:ss.fff} UTC"))
        + (entries.Count > 3 ? $" and {entries.Count - 3} more" : string.Empty);

    private static string Name(SentRequest request) =>
        $"{request.Entry.InteractionId ?? "the request"} ({(request.IsEbxml ? "eb:MessageId" : "wsa:MessageID")} {request.TransportMessageId})";

    private static string Apart(DateTimeOffset time, DateTimeOffset receivedAt)
    {
        var apart = receivedAt - time;
        var size = apart.Duration() >= TimeSpan.FromHours(1) ? $"{apart.Duration().TotalHours:0.#} h" : $"{apart.Duration().TotalSeconds:0} s";
        return apart > TimeSpan.Zero ? $"{size} later" : $"{size} earlier";
    }
}
