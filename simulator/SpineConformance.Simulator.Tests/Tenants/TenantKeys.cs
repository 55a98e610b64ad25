using System.Security.Cryptography;
using System.Text;

namespace SpineConformance.Simulator.Tests.Tenants;

/// <summary>What the tests need to know of how a tenant's key is kept: its SHA-256, as lower-case hex.</summary>
internal static class TenantKeys
{
    public static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
