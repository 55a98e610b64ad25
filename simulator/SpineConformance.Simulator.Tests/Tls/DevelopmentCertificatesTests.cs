using System.Net;
using System.Security.Cryptography.X509Certificates;
using SpineConformance.Simulator.Tls;

namespace SpineConformance.Simulator.Tests.Tls;

public sealed class DevelopmentCertificatesTests
{
    private string folder = null!;

    [SetUp]
    public void ChooseFolder() => folder = Path.Combine(Path.GetTempPath(), $"spine-certs-{Environment.ProcessId}-{TestContext.CurrentContext.Test.ID}");

    [TearDown]
    public void DeleteFolder()
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Create_MakesACa_AServerCertificateForLoopbackAndExtraHosts_AndClientCertificates_ThatChainToTheCa()
    {
        var made = DevelopmentCertificates.Create(folder, ["reference-sut", "my-system"], ["spine.test", "10.0.0.5"], TimeSpan.FromDays(30), TimeProvider.System);

        Assert.That(made.Files, Is.EquivalentTo(new[]
        {
            "ca.crt", "ca.key", "server.crt", "server.key", "server.pfx",
            "reference-sut.crt", "reference-sut.key", "reference-sut.pfx", "my-system.crt", "my-system.key", "my-system.pfx",
        }));
        using var ca = X509CertificateLoader.LoadCertificateFromFile(Path.Combine(folder, "ca.crt"));
        Assert.That(ca.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority, Is.True);

        using var server = X509Certificate2.CreateFromPemFile(Path.Combine(folder, "server.crt"), Path.Combine(folder, "server.key"));
        var names = server.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.That(names.EnumerateDnsNames(), Is.EquivalentTo(new[] { "localhost", "spine.test" }));
        Assert.That(names.EnumerateIPAddresses(), Is.EquivalentTo(new[] { IPAddress.Loopback, IPAddress.IPv6Loopback, IPAddress.Parse("10.0.0.5") }));
        Assert.That(server.HasPrivateKey, Is.True);

        using var client = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(folder, "my-system.pfx"), password: null);
        Assert.That(client.GetNameInfo(X509NameType.SimpleName, forIssuer: false), Is.EqualTo("my-system"));
        Assert.That(new ClientCertificateValidator(ca, TimeProvider.System).Problem(client), Is.Null, "a client certificate the simulator accepts");
        Assert.That(new ClientCertificateValidator(ca, TimeProvider.System).Problem(server), Does.Contain("not accepted"), "the server's is not for clients");
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(Path.Combine(folder, "my-system.key")), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), "keys are private");
        }
    }

    [Test]
    public void Create_KeepsExistingFiles_UnlessToldToReplaceThem()
    {
        DevelopmentCertificates.Create(folder, ["client"], [], TimeSpan.FromDays(1), TimeProvider.System);
        var before = File.ReadAllText(Path.Combine(folder, "ca.crt"));

        var refusal = Assert.Throws<IOException>(() => DevelopmentCertificates.Create(folder, ["client"], [], TimeSpan.FromDays(1), TimeProvider.System));
        Assert.That(refusal!.Message, Does.Contain("ca.crt").And.Contain("--force"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "ca.crt")), Is.EqualTo(before));

        DevelopmentCertificates.Create(folder, ["client"], [], TimeSpan.FromDays(1), TimeProvider.System, overwrite: true);
        Assert.That(File.ReadAllText(Path.Combine(folder, "ca.crt")), Is.Not.EqualTo(before));
    }

    [TestCase("../escape", "cannot name a client certificate")]
    [TestCase("server", "named twice")]
    public void Create_RefusesAClientNameThatCannotBeAFile(string name, string expected)
    {
        var refusal = Assert.Throws<ArgumentException>(() => DevelopmentCertificates.Create(folder, [name], [], TimeSpan.FromDays(1), TimeProvider.System));

        Assert.That(refusal!.Message, Does.Contain(expected));
        Assert.That(System.IO.Directory.Exists(folder), Is.False, "nothing is written");
    }
}
