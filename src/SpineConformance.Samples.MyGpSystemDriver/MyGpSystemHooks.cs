using Reqnroll;
using Reqnroll.BoDi;
using SpineConformance.Drivers;

namespace SpineConformance.Samples.MyGpSystemDriver;

/// <summary>
/// Puts MyGP's driver in every scenario: registered in the scenario's container before its first step, it stands in
/// for the driver the run's settings chose, so the suite's steps (which ask for an <see cref="ISutDriver"/>) drive MyGP.
/// </summary>
[Binding]
public sealed class MyGpSystemHooks
{
    [BeforeScenario(Order = 0)]
    public static void UseMyGpSystemDriver(IObjectContainer scenario, SuiteEnvironment environment, HttpClient http, IReqnrollOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(output);
        scenario.RegisterInstanceAs<ISutDriver>(new MyGpSystemDriver(environment, http));
        output.WriteLine($"Driving MyGP through its own driver ({nameof(MyGpSystemDriver)})");
    }
}
