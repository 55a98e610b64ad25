namespace SpineConformance.Simulator.Hosting;

public static class SimulatorDefaults
{
    /// <summary>Where the standalone simulator listens when no <c>--urls</c> is given: loopback only.</summary>
    public const string Url = "http://127.0.0.1:5000";
}
