using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Tls;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Tls;

/// <summary>TLS with client certificates, as Spine requires: a development set from the certs command, then real handshakes.</summary>
[Category("robustness")]
public sealed class TlsTests
{
    private string folder = null!;
    private string strangers = null!;
    private string expired = null!;
    private readonly CapturedLogs logs = new();
    private SpineSimulatorHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        folder = Path.Combine(Path.GetTempPath(), $"spine-tls-{Environment.ProcessId}");
        strangers = Path.Combine(folder, "another-ca");
        expired = Path.Combine(folder, "expired");
        DevelopmentCertificates.Create(folder, ["reference-sut"], [], TimeSpan.FromDays(1), TimeProvider.System, overwrite: true);
        DevelopmentCertificates.Create(strangers, ["stranger"], [], TimeSpan.FromDays(1), TimeProvider.System, overwrite: true);
        // Issued by the right CA, but valid only for a day two years ago.
        using var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddYears(-2));
        DevelopmentCertificates.Create(expired, ["old-client"], [], TimeSpan.FromDays(1), past, overwrite: true);
        host = await SpineSimulatorHost.StartAsync(Settings(folder), logs: logs);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        System.IO.Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task AClientCertificateFromTheCa_IsAccepted_AndTheRequestIsAnswered()
    {
        using var http = Client(Path.Combine(folder, "reference-sut.pfx"));
        var nhsNumber = Some.NhsNumber().Value;

        using var response = await PostGetAsync(http, nhsNumber);

        Assert.That(host.BaseAddress.Scheme, Is.EqualTo("https"));
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(AcsResponseReader.Read(await response.Content.ReadAsByteArrayAsync()), Is.InstanceOf<AcsResponse.PermissionsReturned>());
        Assert.That(host.Journal.Snapshot().Select(e => e.NhsNumber), Does.Contain(nhsNumber));
    }

    [Test]
    public void NoClientCertificate_IsRefused_AndNothingIsProcessed()
    {
        using var http = Client(certificate: null);
        var nhsNumber = Some.NhsNumber().Value;

        Assert.ThrowsAsync<HttpRequestException>(() => PostGetAsync(http, nhsNumber));
        Assert.That(host.Journal.Snapshot().Select(e => e.NhsNumber), Does.Not.Contain(nhsNumber));
    }

    [TestCase("another-ca/stranger.pfx", "CN=stranger", TestName = "A certificate from another CA is refused")]
    [TestCase("expired/old-client.pfx", "CN=old-client", TestName = "An expired certificate from the CA is refused")]
    [TestCase("server.pfx", "CN=localhost", TestName = "A certificate from the CA not issued for client authentication is refused")]
    public void AClientCertificateTheSimulatorMustNotTrust_IsRefused_AndTheLogSaysWhy(string certificate, string subject)
    {
        using var http = Client(Path.Combine(folder, certificate));
        var nhsNumber = Some.NhsNumber().Value;

        Assert.ThrowsAsync<HttpRequestException>(() => PostGetAsync(http, nhsNumber));
        Assert.That(host.Journal.Snapshot().Select(e => e.NhsNumber), Does.Not.Contain(nhsNumber));
        Assert.That(logs.Since(0).Select(l => l.Message), Has.Some.StartsWith($"TLS connection refused: client certificate '{subject}").And.Some.Contains("is not accepted: "),
            "the README promises the simulator logs why it refused the certificate");
    }

    [Test]
    public async Task AServerCertificateAsPfx_NeedsNoKeyFile()
    {
        var settings = Settings(folder);
        settings["Simulator:Tls:CertificateFile"] = Path.Combine(folder, "server.pfx");
        settings["Simulator:Tls:KeyFile"] = null;
        await using var pfx = await SpineSimulatorHost.StartAsync(settings);
        using var http = Client(Path.Combine(folder, "reference-sut.pfx"), pfx.BaseAddress);

        using var response = await PostGetAsync(http, Some.NhsNumber().Value);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public async Task RequireClientCertificateFalse_ServesAClientWithoutOne()
    {
        var settings = Settings(folder);
        settings["Simulator:Tls:RequireClientCertificate"] = "false";
        await using var optional = await SpineSimulatorHost.StartAsync(settings);
        using var http = Client(certificate: null, optional.BaseAddress);

        using var response = await PostGetAsync(http, Some.NhsNumber().Value);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }

    [Test]
    public void AMissingCertificateFile_StopsStart_NamingTheSettingAndTheFix()
    {
        var settings = Settings(folder);
        settings["Simulator:Tls:CertificateFile"] = Path.Combine(folder, "nowhere.crt");

        var failure = Assert.ThrowsAsync<InvalidDataException>(() => SpineSimulatorHost.StartAsync(settings));

        Assert.That(failure!.Message, Does.Contain("Simulator:Tls:CertificateFile").And.Contain("nowhere.crt").And.Contain("certs --out"));
    }

    [Test]
    public void RequiredClientCertificates_WithoutAClientCa_StopStart()
    {
        var settings = Settings(folder);
        settings["Simulator:Tls:ClientCaFile"] = null;

        var failure = Assert.ThrowsAsync<InvalidDataException>(() => SpineSimulatorHost.StartAsync(settings));

        Assert.That(failure!.Message, Does.Contain("Simulator:Tls:ClientCaFile"));
    }

    private static Dictionary<string, string?> Settings(string folder) => new()
    {
        ["Simulator:Tls:CertificateFile"] = Path.Combine(folder, DevelopmentCertificates.ServerCertificate),
        ["Simulator:Tls:KeyFile"] = Path.Combine(folder, DevelopmentCertificates.ServerKey),
        ["Simulator:Tls:ClientCaFile"] = Path.Combine(folder, DevelopmentCertificates.CaCertificate),
    };

    // A client that trusts the development CA for the server (and nothing else) and presents the given certificate.
    private HttpClient Client(string? certificate, Uri? baseAddress = null)
    {
        var ca = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(folder, DevelopmentCertificates.CaCertificate));
        var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                ClientCertificates = certificate is null ? null : [X509CertificateLoader.LoadPkcs12FromFile(certificate, password: null)],
                CertificateChainPolicy = new X509ChainPolicy
                {
                    TrustMode = X509ChainTrustMode.CustomRootTrust, CustomTrustStore = { ca }, RevocationMode = X509RevocationMode.NoCheck,
                },
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress ?? host.BaseAddress };
    }

    private static async Task<HttpResponseMessage> PostGetAsync(HttpClient http, string nhsNumber)
    {
        using var content = new ByteArrayContent(SoapEnvelope.ToBytes(SampleRequests.Get(nhsNumber)));
        content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", BrokenGetRequests.GetAction);
        return await http.SendAsync(request);
    }
}
