using SpineConformance.ReferenceSut;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>
/// The simulator and the reference SUT in process, wired as the assurance suite wires them, with every
/// <see cref="OracleCases"/> case already run one after another so each case's journal entries are known.
/// </summary>
internal sealed class OracleRun : IAsyncDisposable
{
    private readonly SpineSimulatorHost simulator;
    private readonly ReferenceSutHost sut;
    private readonly Dictionary<string, CaseRecording> recordings = new(StringComparer.Ordinal);

    private OracleRun(SpineSimulatorHost simulator, ReferenceSutHost sut)
    {
        this.simulator = simulator;
        this.sut = sut;
    }

    public IReadOnlyList<JournalEntry> Journal() => simulator.Journal.Snapshot();

    public CaseRecording For(OracleCase oracleCase) => recordings[oracleCase.Name];

    public static async Task<OracleRun> StartAsync()
    {
        var (simulator, sut) = await SimulatorWithSut.StartAsync(spine => new ReferenceSutOptions { SpineBaseUrl = spine });
        var run = new OracleRun(simulator, sut);
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
        var hook = new SutTestHook(http);
        foreach (var oracleCase in OracleCases.All)
        {
            // The simulator journals an exchange before it answers, so once the hook returns the case's entries are in.
            var before = LastJournalId();
            string? failure = null;
            try
            {
                await oracleCase.Drive(simulator, hook);
            }
            catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException)
            {
                failure = ex.Message;
            }

            recordings[oracleCase.Name] = new CaseRecording([.. simulator.Journal.Snapshot().Where(e => e.Id > before)], failure);
        }
    }

    private long LastJournalId()
    {
        var journal = simulator.Journal.Snapshot();
        return journal.Count == 0 ? 0 : journal[^1].Id;
    }
}
