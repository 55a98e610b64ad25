using SpineConformance.ReferenceSut;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>Starts an unseeded simulator and the reference SUT pointed at it; the simulator is stopped again if the SUT fails to start.</summary>
internal static class SimulatorWithSut
{
    public static async Task<(SpineSimulatorHost Simulator, ReferenceSutHost Sut)> StartAsync(Func<string, ReferenceSutOptions> sutOptions)
    {
        var simulator = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:SeedSyntheticPatients"] = "false" });
        try
        {
            var sut = await ReferenceSutHost.StartAsync(sutOptions(simulator.BaseAddress.ToString().TrimEnd('/')));
            return (simulator, sut);
        }
        catch
        {
            await simulator.DisposeAsync();
            throw;
        }
    }
}
