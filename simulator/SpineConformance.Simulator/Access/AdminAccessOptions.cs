using System.ComponentModel.DataAnnotations;

namespace SpineConformance.Simulator.Access;

/// <summary>Who may reach the admin API and console, and how often a wrong key may be tried. Bound from <c>Simulator:Access</c>.</summary>
public sealed class AdminAccessOptions
{
    public const string SectionName = "Simulator:Access";

    /// <summary>
    /// Host names a request's <c>Host</c> header may carry besides <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c> when
    /// the simulator listens on loopback only (another name would be DNS rebinding). The default value is none.
    /// </summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>Wrong API keys one client (IP address) may send before it is throttled. The default value is 10.</summary>
    [Range(1, 10_000, ErrorMessage = "Simulator:Access:WrongKeysAllowed must be between 1 and 10000.")]
    public int WrongKeysAllowed { get; set; } = 10;

    /// <summary>
    /// How long a throttled client is answered 429 (with <c>Retry-After</c>) whatever key it sends, and the window in
    /// which its wrong keys are counted. The default value is 1 minute.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Simulator:Access:ThrottleDuration must be between 1 second and 1 day.")]
    public TimeSpan ThrottleDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a console session lasts after its login; sessions never outlive the process. The default value is 12 hours.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Simulator:Access:SessionLifetime must be between 1 minute and 30 days.")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
}
