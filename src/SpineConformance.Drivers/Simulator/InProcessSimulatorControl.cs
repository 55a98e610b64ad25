using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Testing;

namespace SpineConformance.Drivers.Simulator;

/// <summary>
/// The simulator inside the test process (<see cref="SpineSimulator"/>), asked through its admin API like any other: the
/// suite sees the simulator exactly as a tester's own code would.
/// </summary>
public sealed class InProcessSimulatorControl(IReadOnlyDictionary<string, string?> settings, Func<Task> ready) : SimulatorControl(ready)
{
    private SpineSimulator? spine;

    public override Uri BaseAddress => Spine.BaseAddress;

    protected override SpineSimulatorClient Client => Spine.Client;

    private SpineSimulator Spine => spine ?? throw new InvalidOperationException("The in-process simulator has not started.");

    internal override async Task<Uri> StartAsync()
    {
        spine = await SpineSimulator.StartAsync(new SpineSimulatorOptions { Settings = new Dictionary<string, string?>(settings) });
        return spine.BaseAddress;
    }

    internal override async ValueTask StopAsync()
    {
        if (spine is not null)
        {
            await spine.DisposeAsync();
        }
    }
}
