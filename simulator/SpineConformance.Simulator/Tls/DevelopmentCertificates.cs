using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SpineConformance.Simulator.Tls;

/// <summary>What the <c>certs</c> command wrote.</summary>
public sealed record DevelopmentCertificateSet(string Directory, IReadOnlyList<string> Files);

/// <summary>
/// Makes a development CA, a server certificate for the simulator and client certificates for the systems that call
/// it, so TLS mutual authentication can be tried on a laptop the way Spine requires it. Each certificate is written as
/// PEM (<c>.crt</c>, unencrypted <c>.key</c>) and as a password-less PKCS#12 (<c>.pfx</c>): for development only.
/// </summary>
public static class DevelopmentCertificates
{
    public const string CaCertificate = "ca.crt";
    public const string ServerCertificate = "server.crt";
    public const string ServerKey = "server.key";

    private static readonly string[] Reserved = ["ca", "server"];
    private static readonly string[] CaFiles = ["ca.crt", "ca.key"];
    private static readonly Oid ServerAuthentication = new("1.3.6.1.5.5.7.3.1", "Server Authentication");
    private static readonly Oid ClientAuthentication = new("1.3.6.1.5.5.7.3.2", "Client Authentication");

    /// <summary>
    /// Writes <c>ca.crt</c>/<c>ca.key</c>, <c>server.crt</c>/<c>server.key</c>/<c>server.pfx</c> (for localhost,
    /// 127.0.0.1, ::1 and <paramref name="hosts"/>) and <c>NAME.crt</c>/<c>NAME.key</c>/<c>NAME.pfx</c> per client.
    /// Existing files are kept (and the call fails) unless <paramref name="overwrite"/>.
    /// </summary>
    public static DevelopmentCertificateSet Create(
        string directory, IReadOnlyList<string> clients, IReadOnlyList<string> hosts, TimeSpan validity, TimeProvider time, bool overwrite = false)
    {
        if (clients.FirstOrDefault(c => !IsFileName(c)) is { } bad)
        {
            throw new ArgumentException($"'{bad}' cannot name a client certificate: use letters, digits, '-', '_' and '.' only.", nameof(clients));
        }

        var names = Reserved.Concat(clients).ToList();
        if (names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"'{twice.Key}' is named twice (\"ca\" and \"server\" are taken).", nameof(clients));
        }

        System.IO.Directory.CreateDirectory(directory);
        var planned = names.SelectMany(n => n == "ca" ? CaFiles : [$"{n}.crt", $"{n}.key", $"{n}.pfx"])
            .Select(f => Path.Combine(directory, f)).ToList();
        if (!overwrite && planned.Where(File.Exists).ToList() is { Count: > 0 } existing)
        {
            throw new IOException($"{string.Join(", ", existing.Select(Path.GetFileName))} already exist in {Path.GetFullPath(directory)}; pass --force to replace them.");
        }

        var notBefore = time.GetUtcNow().AddMinutes(-5);
        var notAfter = notBefore + validity;
        using var caKey = RSA.Create(3072);
        var caRequest = new CertificateRequest("CN=SpineConformance Development CA, O=SpineConformance", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(notBefore, notAfter);
        Write(directory, "ca", ca, caKey, pfx: false);

        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(IPAddress.Loopback);
        san.AddIpAddress(IPAddress.IPv6Loopback);
        foreach (var host in hosts)
        {
            if (IPAddress.TryParse(host, out var address))
            {
                san.AddIpAddress(address);
            }
            else
            {
                san.AddDnsName(host);
            }
        }

        Issue(directory, "server", "CN=localhost, O=SpineConformance simulator", ca, ServerAuthentication, san.Build(), notBefore, notAfter);
        foreach (var client in clients)
        {
            Issue(directory, client, $"CN={client}, O=SpineConformance development client", ca, ClientAuthentication, null, notBefore, notAfter);
        }

        return new DevelopmentCertificateSet(Path.GetFullPath(directory), planned.Select(Path.GetFileName).OfType<string>().ToList());
    }

    private static void Issue(
        string directory, string name, string subject, X509Certificate2 ca, Oid usage, X509Extension? subjectAlternativeName, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([usage], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        if (subjectAlternativeName is not null)
        {
            request.CertificateExtensions.Add(subjectAlternativeName);
        }

        using var issued = request.Create(ca, notBefore, notAfter, RandomNumberGenerator.GetBytes(16));
        using var withKey = issued.CopyWithPrivateKey(key);
        Write(directory, name, withKey, key, pfx: true);
    }

    private static void Write(string directory, string name, X509Certificate2 certificate, RSA key, bool pfx)
    {
        File.WriteAllText(Path.Combine(directory, $"{name}.crt"), certificate.ExportCertificatePem() + Environment.NewLine);
        WritePrivate(Path.Combine(directory, $"{name}.key"), path => File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem() + Environment.NewLine));
        if (pfx)
        {
            WritePrivate(Path.Combine(directory, $"{name}.pfx"), path => File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12)));
        }
    }

    // Private keys are readable by their owner only, where the file system can say so.
    private static void WritePrivate(string path, Action<string> write)
    {
        write(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static bool IsFileName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && name[0] != '.';
}
