using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SpineConformance.Simulator.Tls;

/// <summary>
/// Accepts a client certificate only when it chains to the configured CA (and no other root), is within its validity
/// period and is issued for client authentication. Revocation is not checked: a development CA publishes no CRL.
/// </summary>
public sealed class ClientCertificateValidator(X509Certificate2 clientCa, TimeProvider time)
{
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2");

    /// <summary>Why the certificate is refused, in words; <see langword="null"/> when it is accepted.</summary>
    public string? Problem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(clientCa);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ApplicationPolicy.Add(ClientAuthentication);
        chain.ChainPolicy.VerificationTime = time.GetUtcNow().UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        if (chain.Build(certificate))
        {
            return null;
        }

        var reasons = chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).Distinct();
        return $"client certificate '{certificate.Subject}' (issuer '{certificate.Issuer}') is not accepted: {string.Join("; ", reasons)}";
    }
}
