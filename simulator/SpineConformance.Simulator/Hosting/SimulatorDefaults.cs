namespace SpineConformance.Simulator.Hosting;

public static class SimulatorDefaults
{
    /// <summary>Where the standalone simulator listens when no <c>--urls</c> is given: loopback only.</summary>
    public const string Url = "http://127.0.0.1:5000";

    /// <summary>Where it listens with <c>--tls</c> and no <c>--urls</c>.</summary>
    public const string TlsUrl = "https://127.0.0.1:5443";

    /// <summary>Where the <c>certs</c> command writes when no <c>--out</c> is given.</summary>
    public const string CertificatesDirectory = "certs";
}
