using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Persistence.Postgres;
using SpineConformance.Simulator.Tests.Robustness;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence.Postgres;

/// <summary>
/// Issue 20, "replicas behave as one Spine", with real processes: two simulators on one PostgreSQL database take Sets, Gets,
/// Create LRs and duplicate ebXML messages at once, one is killed with SIGKILL mid-load, and what the survivor and the
/// database hold is checked against what the clients were told.
/// </summary>
[NonParallelizable]
public sealed class ReplicaProcessTests
{
    private const int WorkersPerReplica = 3;
    private const int SetsBeforeKill = 60;
    private const int SharedPatients = 6;
    private static readonly TimeSpan LoadAfterKill = TimeSpan.FromSeconds(1.5);

    // The MHS answers each reply after this, so each replica has replies claimed and not yet delivered when one is killed.
    private static readonly TimeSpan MhsAnswerDelay = TimeSpan.FromMilliseconds(40);

    // The killed replica's claimed replies are delivered by the survivor within this of the kill, far inside their lease.
    private static readonly TimeSpan HandedOverWithin = TimeSpan.FromSeconds(20);

    [Test]
    public async Task TwoReplicas_OneKilledMidLoad_LoseNoAcknowledgedChange_AndDeliverAndJournalEachExchangeOnce()
    {
        TestPostgres.Cluster();
        var connection = await TestPostgres.CreateMigratedDatabaseAsync();
        var folder = System.IO.Directory.CreateTempSubdirectory("spine-replicas-");
        using var mhs = FakeMhs.Start(MhsAnswerDelay);
        var started = new List<StandaloneSimulator>();
        try
        {
            // Both start at once (their migrations meet on one database); each is told where the sample system's MHS is.
            var replicas = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
            {
                var replica = await StandaloneSimulator.StartInAsync(folder.FullName,
                    ["--store", "postgresql", "--connection-string", connection, "--log-level", "Warning", "--Simulator:Delivery:ReplyDelay=00:00:00"]);
                lock (started)
                {
                    started.Add(replica);
                }

                await PointRepliesAtAsync(replica, mhs.Endpoint);
                return replica;
            }));

            var load = new Load(mhs);
            await load.RunAsync(victim: replicas[0], survivor: replicas[1]);
            await using var database = new PostgresDatabase(connection);
            await load.CheckAsync(database, connection);
        }
        finally
        {
            foreach (var replica in started)
            {
                await replica.DisposeAsync();
            }

            NpgsqlConnection.ClearAllPools();
            await TestPostgres.DropDatabaseAsync(connection);
            folder.Delete(recursive: true);
        }
    }

    // Replies to the sample system's Create LRs go to the in-test MHS, which counts them.
    private static async Task PointRepliesAtAsync(StandaloneSimulator replica, Uri endpoint)
    {
        using var http = new HttpClient { BaseAddress = replica.BaseAddress };
        var path = $"/admin/directory/systems/{SampleRequests.SenderAsid}";
        var system = (await http.GetFromJsonAsync<JsonObject>(path))!;
        system["mhsEndpoint"] = endpoint.ToString();
        using var response = await http.PutAsJsonAsync(path, system);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), $"pointing the sample system's replies at the test's MHS: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The load on both replicas, and what the clients were told, to check the database against.</summary>
    private sealed class Load(FakeMhs mhs)
    {
        private readonly string[] patients = [.. Enumerable.Range(0, SharedPatients).Select(_ => Some.NhsNumber().Value)];
        private readonly ConcurrentBag<(string NhsNumber, AcsPermission Permission, string MessageId)> acknowledgedSets = [];
        private readonly ConcurrentBag<(string NhsNumber, string MessageId)> acknowledgedCreates = [];
        private readonly ConcurrentBag<(string NhsNumber, string MessageId, byte[] First, byte[] Second)> duplicates = [];
        private readonly ConcurrentDictionary<string, int> sent = new(StringComparer.OrdinalIgnoreCase);
        private readonly ConcurrentDictionary<string, int> answered = new(StringComparer.OrdinalIgnoreCase);
        private readonly TaskCompletionSource enough = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int gets;
        private DateTime killedAt;

        public async Task RunAsync(StandaloneSimulator victim, StandaloneSimulator survivor)
        {
            using var toVictim = new HttpClient { BaseAddress = victim.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
            using var toSurvivor = new HttpClient { BaseAddress = survivor.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var workers = Enumerable.Range(0, WorkersPerReplica * 2)
                .Select(w => Task.Run(() => DriveAsync(w, w % 2 == 0 ? toVictim : toSurvivor, w % 2 == 0 ? toSurvivor : toVictim, stop.Token)))
                .ToList();

            await enough.Task.WaitAsync(TimeSpan.FromSeconds(30));
            killedAt = DateTime.UtcNow;
            await victim.KillAsync();
            await Task.Delay(LoadAfterKill);
            await stop.CancelAsync();
            var interrupted = (await Task.WhenAll(workers)).Count(cut => cut);
            Assert.That(interrupted, Is.Positive, "no worker's request was cut by the kill");

            // The survivor delivers what it holds and, once it sees the victim's claimer lock gone, what the victim had claimed.
            var expected = acknowledgedCreates.Select(c => c.MessageId).Concat(duplicates.Select(d => d.MessageId)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var missing = await WaitForRepliesAsync(expected, killedAt + HandedOverWithin);
            var lastArrival = ArrivalsAfterKill().DefaultIfEmpty(killedAt).Max();
            await WaitForQuietAsync(TimeSpan.FromSeconds(2));
            TestContext.Out.WriteLine(
                $"Acknowledged: {acknowledgedSets.Count} Sets on {SharedPatients} shared patients, {acknowledgedCreates.Count} Create LRs, "
                + $"{duplicates.Count} duplicates answered by both replicas, {gets} Gets; {mhs.Received.Count} replies reached the MHS. "
                + $"The last reply arrived {(lastArrival - killedAt).TotalSeconds:F1} s after the kill.");
            Assert.That(missing, Is.Empty,
                $"acknowledged Create LRs whose reply did not reach the MHS within {HandedOverWithin.TotalSeconds} s of the kill (the claim lease is {PostgresOutbox.DefaultClaimLease.TotalMinutes} min)");
        }

        private async Task<IReadOnlyList<string>> WaitForRepliesAsync(HashSet<string> requests, DateTime deadline)
        {
            while (true)
            {
                var answered = mhs.Received.Select(r => r.Message.Header.RefToMessageId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
                var missing = requests.Where(r => !answered.Contains(r)).ToList();
                if (missing.Count == 0 || DateTime.UtcNow > deadline)
                {
                    return missing;
                }

                await Task.Delay(100);
            }
        }

        private IEnumerable<DateTime> ArrivalsAfterKill() => Arrivals().Select(a => a.At).Where(at => at > killedAt);

        // Each reply's message id and when it reached the MHS.
        private List<(string MessageId, DateTime At)> Arrivals() => [.. mhs.ReceivedAt.Select(r => (r.Message.Message.Header.MessageId, r.At))];

        public async Task CheckAsync(PostgresDatabase database, string connection)
        {
            var permissions = new PostgresPermissionStore(database);
            foreach (var patient in patients.Select(NhsNumber.From))
            {
                var history = await permissions.HistoryAsync(patient, CancellationToken.None);
                var byMessage = history.Select(h => h.By.MessageId).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var (_, _, messageId) in acknowledgedSets.Where(s => s.NhsNumber == patient.Value))
                {
                    Assert.That(byMessage, Does.Contain(messageId), $"the acknowledged Set {messageId} for {patient.Value} is not in its history");
                }

                var held = await permissions.FindAsync(patient, CancellationToken.None);
                foreach (var function in new[] { AcsFunction.View, AcsFunction.Store })
                {
                    var chain = history.Where(h => h.Function == function).OrderBy(h => h.Sequence).ToList();
                    Assert.That(chain.Skip(1).Zip(chain).All(pair => pair.First.OldValue == pair.Second.NewValue), Is.True,
                        $"{patient.Value}'s {function} history is one chain, each change starting where the one before ended");
                    Assert.That(held?.For(function), Is.EqualTo(chain.LastOrDefault()?.NewValue), $"{patient.Value}'s {function} is its last history entry's");
                }
            }

            var relationships = new PostgresRelationshipStore(database);
            foreach (var (nhsNumber, messageId) in acknowledgedCreates.Select(c => (c.NhsNumber, c.MessageId)).Concat(duplicates.Select(d => (d.NhsNumber, d.MessageId))))
            {
                var held = await relationships.ForPatientAsync(NhsNumber.From(nhsNumber), CancellationToken.None);
                Assert.That(held, Has.Count.EqualTo(1), $"the Create LR {messageId} for {nhsNumber} made one LR");
            }

            foreach (var (_, messageId, first, second) in duplicates)
            {
                Assert.That(second, Is.EqualTo(first), $"both replicas gave {messageId} the same (original) acknowledgement");
            }

            var replies = mhs.Received.Select(r => r.Message.Header).ToList();
            // Sent twice only when the killed replica was sending it at the kill and could not record the delivery: once by
            // it, once by the survivor; the receiving MHS drops the second by its message id, as ebXML reliable messaging has
            // it. The killed replica sends one reply at a time to the one MHS, so one at most.
            var resent = Arrivals().GroupBy(a => a.MessageId, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
            Assert.That(resent.Where(g => g.Count() > 2).Select(g => g.Key), Is.Empty, "a reply sent more than twice");
            Assert.That(resent, Has.Count.LessThanOrEqualTo(1), "more than the one reply the killed replica was sending at its death was sent again");
            var answeredRequests = replies.Where(h => h.RefToMessageId is not null).DistinctBy(h => h.MessageId, StringComparer.OrdinalIgnoreCase)
                .GroupBy(h => h.RefToMessageId!, StringComparer.OrdinalIgnoreCase).ToList();
            Assert.That(answeredRequests.Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "a request answered by two business replies (processed twice)");
            Assert.That(answeredRequests.Select(g => g.Key), Is.SubsetOf(sent.Keys), "every reply answers a request the test sent");
            Assert.That(answeredRequests, Is.Not.Empty, "no Create LR's reply reached the MHS");

            var journaled = await JournaledInboundAsync(connection);
            foreach (var (messageId, answers) in answered)
            {
                var times = journaled.GetValueOrDefault(Normalised(messageId));
                Assert.That(times, Is.InRange(answers, sent[messageId]),
                    $"{messageId} was sent {sent[messageId]} time(s) and answered {answers}: journaled {times} time(s)");
            }
        }

        private async Task<bool> DriveAsync(int worker, HttpClient http, HttpClient other, CancellationToken stop)
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    switch (i % 5)
                    {
                        case 0:
                        case 2:
                            await SetAsync(http, worker, i, stop);
                            break;
                        case 1:
                            await GetAsync(http, stop);
                            break;
                        case 3:
                            await CreateAsync(http, stop);
                            break;
                        default:
                            await DuplicateAsync(http, other, stop);
                            break;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                {
                    // The replica was killed mid-request (or the load ended): this exchange was never answered.
                    if (!stop.IsCancellationRequested)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private async Task SetAsync(HttpClient http, int worker, int i, CancellationToken stop)
        {
            var nhsNumber = patients[(worker + i) % patients.Length];
            var permission = (worker + i) % 3 == 0 ? AcsPermission.Yes : AcsPermission.No;
            var messageId = $"uuid:{nhsNumber[..8]}-{nhsNumber[8..]}00-4000-8000-{worker:D4}{i:D8}";
            Sending(messageId);
            if (await WirePosts.PostSyncAsync(http, SampleRequests.Set(nhsNumber, permission, SampleRequests.Outgoing(messageId)), BrokenSetRequests.SetAction, stop) is (200, var answer))
            {
                Answered(messageId);
                if (AcsResponseReader.Read(answer) is AcsResponse.Acknowledged { Type: AcknowledgementType.AA })
                {
                    acknowledgedSets.Add((nhsNumber, permission, messageId));
                    if (acknowledgedSets.Count >= SetsBeforeKill)
                    {
                        enough.TrySetResult();
                    }
                }
            }
        }

        private async Task GetAsync(HttpClient http, CancellationToken stop)
        {
            var nhsNumber = patients[Interlocked.Increment(ref gets) % patients.Length];
            var (status, _) = await WirePosts.PostSyncAsync(http, SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction, stop);
            Assert.That(status, Is.EqualTo(200), $"a Get for {nhsNumber}");
        }

        private async Task CreateAsync(HttpClient http, CancellationToken stop)
        {
            var nhsNumber = Some.NhsNumber().Value;
            var create = EbxmlClient.CreateLr(nhsNumber);
            Sending(create.Header.MessageId);
            if (await WirePosts.PostEbxmlAsync(http, EbxmlWriter.Write(create), stop) is (202, var ack))
            {
                Answered(create.Header.MessageId);
                if (EbxmlSignalReader.Read("text/xml", ack).Acknowledgment is not null)
                {
                    acknowledgedCreates.Add((nhsNumber, create.Header.MessageId));
                }
            }
        }

        // The same bytes to both replicas at the same instant, as an MHS retrying through a load balancer might.
        private async Task DuplicateAsync(HttpClient http, HttpClient other, CancellationToken stop)
        {
            var nhsNumber = Some.NhsNumber().Value;
            var create = EbxmlClient.CreateLr(nhsNumber);
            var wire = EbxmlWriter.Write(create);
            Sending(create.Header.MessageId);
            Sending(create.Header.MessageId);
            var copies = new[] { WirePosts.PostEbxmlAsync(http, wire, stop), WirePosts.PostEbxmlAsync(other, wire, stop) };
            await Task.WhenAll(copies.Select(c => c.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)));
            var answers = copies.Where(c => c.IsCompletedSuccessfully && c.Result.Status == 202).Select(c => c.Result.Body).ToList();
            foreach (var _ in answers)
            {
                Answered(create.Header.MessageId);
            }

            if (answers.Count == 2)
            {
                duplicates.Add((nhsNumber, create.Header.MessageId, answers[0], answers[1]));
            }

            // The copy the killed replica never answered ends this worker as any cut request does.
            await Task.WhenAll(copies);
        }

        private void Sending(string messageId) => sent.AddOrUpdate(messageId, 1, (_, n) => n + 1);

        private void Answered(string messageId) => answered.AddOrUpdate(messageId, 1, (_, n) => n + 1);

        private async Task WaitForQuietAsync(TimeSpan quiet)
        {
            var count = -1;
            while (mhs.Received.Count != count)
            {
                count = mhs.Received.Count;
                await Task.Delay(quiet / 5);
            }
        }
    }

    // Inbound journal entries per message id (the ebXML one or the WS-Addressing one), as the database holds them.
    private static async Task<Dictionary<string, int>> JournaledInboundAsync(string connection)
    {
        await using var source = NpgsqlDataSource.Create(connection);
        await using var command = source.CreateCommand(
            "SELECT coalesce(ebxml_message_id, wsa_message_id), count(*) FROM journal_entries WHERE lower(direction) = 'inbound' GROUP BY 1;");
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadAsync())
        {
            if (!reader.IsDBNull(0))
            {
                var key = Normalised(reader.GetString(0));
                counts[key] = counts.GetValueOrDefault(key) + (int)reader.GetInt64(1);
            }
        }

        return counts;
    }

    private static string Normalised(string messageId) =>
        (messageId.StartsWith("uuid:", StringComparison.OrdinalIgnoreCase) ? messageId[5..] : messageId).ToUpperInvariant();
}
