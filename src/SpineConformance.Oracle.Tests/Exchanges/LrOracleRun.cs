using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.ReferenceSut;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Testing;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>
/// The simulator and the reference SUT in process, wired as the assurance suite wires them (the SUT's MHS registered as
/// its system's endpoint, quick retries both ways), with every <see cref="LrOracleCases"/> case already run one after
/// another, so each case's own journal entries, and its asynchronous reply, are known.
/// </summary>
internal sealed class LrOracleRun : IAsyncDisposable
{
    private const string SutAsid = ReferenceSutConstants.DefaultSenderAsid;

    private static readonly TimeSpan Quick = TimeSpan.FromMilliseconds(300);

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    private readonly SpineSimulatorHost simulator;
    private readonly ReferenceSutHost sut;
    private readonly Dictionary<string, LrCaseRecording> recordings = new(StringComparer.Ordinal);

    private LrOracleRun(SpineSimulatorHost simulator, ReferenceSutHost sut)
    {
        this.simulator = simulator;
        this.sut = sut;
    }

    public IReadOnlyList<JournalEntry> Journal() => simulator.Journal.Snapshot();

    public LrCaseRecording For(LrOracleCase oracleCase) => recordings[oracleCase.Name];

    public static async Task<LrOracleRun> StartAsync()
    {
        var (simulator, sut) = await SimulatorWithSut.StartAsync(spine => new ReferenceSutOptions
        {
            Mhs = new MhsOptions { RetryInterval = Quick },
            SpineBaseUrl = spine,
        });

        // Spine sends asynchronous replies to the endpoint SDS holds for the sender: without this they never arrive.
        var directory = simulator.Services.GetRequiredService<SpineDirectory>();
        var system = directory.SystemByAsid(SutAsid)
            ?? throw new InvalidOperationException($"The simulator's directory has no system with ASID {SutAsid}, the reference SUT's.");
        directory.Upsert(system with
        {
            MhsEndpoint = new Uri(sut.BaseAddress, "/mhs/inbound").ToString(),
            Reliability = system.Reliability with { RetryInterval = Quick },
        });

        var run = new LrOracleRun(simulator, sut);
        await run.RunEveryCaseAsync();
        return run;
    }

    public async ValueTask DisposeAsync()
    {
        await sut.DisposeAsync();
        await simulator.DisposeAsync();
    }

    private async Task RunEveryCaseAsync()
    {
        using var http = new HttpClient { BaseAddress = sut.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var hook = new LrSutTestHook(http);
        foreach (var oracleCase in LrOracleCases.All)
        {
            var nhsNumber = Some.NhsNumber().Value;
            var arranged = simulator.Journal.LastId;
            var before = arranged;
            string? failure = null;
            try
            {
                var lrId = oracleCase.Arrange is null ? null : await oracleCase.Arrange(hook, nhsNumber);

                // The arrangement's replies are journaled once the SUT has acknowledged them; wait, so none lands in the act.
                await WaitForRepliesAsync(arranged);
                before = simulator.Journal.LastId;
                await oracleCase.Act(hook, new LrCaseFacts(nhsNumber, lrId));
                await WaitForRepliesAsync(before);
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException or TimeoutException
                                           or JsonException or KeyNotFoundException)
            {
                failure = ex.Message;
            }

            recordings[oracleCase.Name] = new LrCaseRecording([.. simulator.Journal.Snapshot().Where(e => e.Id > before)], failure);
        }
    }

    // Each async request received since `since` has its reply journaled (delivered or not) before the run moves on.
    private async Task WaitForRepliesAsync(long since)
    {
        var conversations = simulator.Journal.Snapshot()
            .Where(e => e.Id > since && e.Direction == ExchangeDirection.Inbound && e.ConversationId is not null)
            .Select(e => e.ConversationId)
            .Distinct()
            .ToList();
        foreach (var conversation in conversations)
        {
            await simulator.Journal.WaitForAsync(e => e.Direction == ExchangeDirection.Outbound && e.ConversationId == conversation, ReplyTimeout);
        }
    }
}
