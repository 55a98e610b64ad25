using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Tests.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Robustness;

/// <summary>
/// The standalone simulator, killed with SIGKILL while Sets and LR creates are in flight, then started again on the same
/// file: every change it acknowledged is there, and so is a journal entry for every exchange it answered. The state change
/// and the journal entry are both committed before the answer is written, so an answer is a promise.
/// </summary>
[Category("robustness")]
[NonParallelizable]
public sealed class CrashSafetyTests
{
    private const int Workers = 8;
    private const int AcknowledgedBeforeKill = 120;

    [Test]
    public async Task Sigkill_UnderLoad_KeepsEveryAcknowledgedChangeAndItsJournalEntry()
    {
        using var data = new DataFile();
        var sets = new ConcurrentBag<(string NhsNumber, AcsPermission Permission, string MessageId)>();
        var creates = new ConcurrentBag<(string NhsNumber, string MessageId)>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        await using (var first = await StandaloneSimulator.StartAsync(data.Path))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var load = Enumerable.Range(0, Workers).Select(w => Task.Run(() => DriveAsync(http, w, sets, creates, enough, stop.Token))).ToList();

            await enough.Task.WaitAsync(TimeSpan.FromSeconds(120));
            await first.KillAsync();
            var interrupted = (await Task.WhenAll(load)).Count(cut => cut);
            Assert.That(interrupted, Is.Positive, "no request was in flight when the process was killed");
        }

        await using var second = await StandaloneSimulator.StartAsync(data.Path);
        using var admin = new HttpClient { BaseAddress = second.BaseAddress };
        foreach (var (nhsNumber, permission, messageId) in sets)
        {
            var held = await admin.GetFromJsonAsync<JsonElement>($"/admin/patients/{nhsNumber}/permissions");
            var expected = permission.ToString();
            Assert.That((held.GetProperty("view").GetString(), held.GetProperty("store").GetString()), Is.EqualTo((expected, expected)),
                $"the acknowledged Set {messageId} for {nhsNumber} was lost");
            var history = await admin.GetFromJsonAsync<JsonElement>($"/admin/patients/{nhsNumber}/permissions/history");
            Assert.That(history.EnumerateArray().Count(h => h.GetProperty("by").GetProperty("messageId").GetString() == messageId), Is.EqualTo(2),
                $"the history of {nhsNumber} lacks the acknowledged Set {messageId}");
            await AssertJournaledAsync(admin, nhsNumber, 200);
        }

        foreach (var (nhsNumber, messageId) in creates)
        {
            var lrs = await admin.GetFromJsonAsync<JsonElement>($"/admin/lr?nhsNumber={nhsNumber}");
            Assert.That(lrs.GetArrayLength(), Is.EqualTo(1), $"the acknowledged Create LR {messageId} for {nhsNumber} was lost");
            await AssertJournaledAsync(admin, nhsNumber, 202);
        }

        TestContext.Out.WriteLine($"Acknowledged before the kill: {sets.Count} Sets, {creates.Count} LR creates; all present after the restart.");
    }

    // Each worker alternates Sets (each for a patient of its own) and LR creates, recording what was acknowledged, until the
    // process dies under it.
    private static async Task<bool> DriveAsync(
        HttpClient http, int worker, ConcurrentBag<(string, AcsPermission, string)> sets, ConcurrentBag<(string, string)> creates, TaskCompletionSource enough,
        CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var nhsNumber = Some.NhsNumber().Value;
            try
            {
                if (i % 4 == 3)
                {
                    var create = EbxmlClient.CreateLr(nhsNumber);
                    if (await WirePosts.PostEbxmlAsync(http, EbxmlWriter.Write(create), stop) is (202, var ack) && EbxmlSignalReader.Read("text/xml", ack).Acknowledgment is not null)
                    {
                        creates.Add((nhsNumber, create.Header.MessageId));
                    }

                    continue;
                }

                var permission = (worker + i) % 2 == 0 ? AcsPermission.Yes : AcsPermission.No;
                var messageId = $"uuid:{nhsNumber[..8]}-{nhsNumber[8..]}00-4000-8000-{worker:D4}{i:D8}";
                var set = SampleRequests.Set(nhsNumber, permission, SampleRequests.Outgoing(messageId));
                if (await WirePosts.PostSyncAsync(http, set, BrokenSetRequests.SetAction, stop) is (200, var answer)
                    && AcsResponseReader.Read(answer) is AcsResponse.Acknowledged { Type: AcknowledgementType.AA })
                {
                    sets.Add((nhsNumber, permission, messageId));
                    if (sets.Count >= AcknowledgedBeforeKill)
                    {
                        enough.TrySetResult();
                    }
                }
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
            {
                // The process was killed mid-request: this one was never acknowledged.
                return true;
            }
        }

        return false;
    }

    private static async Task AssertJournaledAsync(HttpClient admin, string nhsNumber, int status)
    {
        var entries = await admin.GetFromJsonAsync<JsonElement>($"/admin/journal?nhsNumber={nhsNumber}&direction=inbound");
        Assert.That(entries.EnumerateArray().Select(e => e.GetProperty("statusCode").GetInt32()), Does.Contain(status),
            $"the journal lacks the acknowledged exchange for {nhsNumber}");
    }
}
