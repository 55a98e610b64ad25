using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Access;

/// <summary>
/// The key the admin API and console require (<c>Simulator:AdminApiKey</c>), or none. Keys are compared in constant
/// time, over hashes of both so not even the length leaks. The console's browser never holds the key: it holds a
/// session token (<see cref="ConsoleSessions"/>).
/// </summary>
internal sealed class AdminApiKey
{
    private readonly byte[]? expected;

    public AdminApiKey(IOptions<SimulatorOptions> options)
    {
        if (options.Value.AdminApiKey is { Length: > 0 } key)
        {
            expected = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        }
    }

    public bool IsRequired => expected is not null;

    public bool Accepts(string? presented) =>
        expected is not null && presented is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), expected);
}
