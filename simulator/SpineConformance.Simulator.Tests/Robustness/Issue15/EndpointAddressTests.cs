using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Tests.Robustness.Issue15;

/// <summary>What an MHS endpoint address may be, and what the refusal says when it may not.</summary>
[Category("robustness")]
public sealed class EndpointAddressTests
{
    [TestCase("http://mhs.example:8080/inbound")]
    [TestCase("https://mhs.example/reliablemessaging")]
    public void AnAbsoluteHttpAddress_IsAccepted(string address) => Assert.That(EndpointAddress.Problem(address), Is.Null);

    [TestCase("/inbound")]
    [TestCase("inbound")]
    [TestCase("mhs.example/inbound")]
    public void ARelativePath_IsSaidToBeNoAbsoluteUrl_NotAFileAddress(string address)
    {
        var problem = EndpointAddress.Problem(address);

        Assert.That(problem, Does.Contain($"'{address}' is not an absolute http:// or https:// URL"));
        Assert.That(problem, Does.Not.Contain("file"));
    }

    [Test]
    public void AFileUrl_IsNamedByItsScheme() =>
        Assert.That(EndpointAddress.Problem("file:///etc/passwd"), Does.Contain("uses the 'file' scheme"));

    [TestCase("http://user:secret@mhs.example/inbound")]
    [TestCase("https://user@mhs.example/inbound")]
    public void AnAddressWithCredentials_IsRefused_WithoutRepeatingThem(string address)
    {
        var problem = EndpointAddress.Problem(address);

        Assert.That(problem, Does.Contain("carries a user name or password").And.Contain("mhs.example"));
        Assert.That(problem, Does.Not.Contain("secret"));
    }

    [Test]
    public void InADirectory_TheRefusalNamesTheField()
    {
        var system = new AccreditedSystem { Asid = "200000000001", PartyKey = "X26-1", MhsEndpoint = "http://user:secret@mhs.example/inbound" };

        Assert.That(DirectoryProblems.Of(system, "systems[0]."), Has.Some.StartsWith("systems[0].mhsEndpoint: ").And.Some.Contain("user name or password"));
    }
}
