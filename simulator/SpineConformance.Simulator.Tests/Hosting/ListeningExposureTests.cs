using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Tests.Hosting;

[Category("robustness")]
public sealed class ListeningExposureTests
{
    [Test]
    public void DefaultUrl_IsLoopback()
    {
        Assert.That((ListeningExposure.IsLoopback(SimulatorDefaults.Url), ListeningExposure.IsLoopback(SimulatorDefaults.TlsUrl)), Is.EqualTo((true, true)));
        Assert.That(SimulatorDefaults.Url, Does.StartWith("http://127.0.0.1:"));
    }

    [TestCase("http://127.0.0.1:5000", true)]
    [TestCase("http://127.0.0.2:5000", true)]
    [TestCase("http://[::1]:5000", true)]
    [TestCase("http://localhost:5000", true)]
    [TestCase("http://0.0.0.0:5000", false)]
    [TestCase("http://[::]:5000", false)]
    [TestCase("http://192.168.1.20:5000", false)]
    [TestCase("https://simulator.example:5443", false)]
    public void IsLoopback_SaysWhetherOnlyThisMachineCanReachTheAddress(string address, bool loopback) =>
        Assert.That(ListeningExposure.IsLoopback(address), Is.EqualTo(loopback));

    [Test]
    public void Warning_BeyondLoopbackWithoutAKey_NamesTheAddressAndWhatToDo()
    {
        var warning = ListeningExposure.Warning(["http://127.0.0.1:5000", "http://0.0.0.0:5001"], apiKeyRequired: false);

        Assert.That(warning, Does.StartWith("WARNING: listening beyond this machine (http://0.0.0.0:5001)").And.Contain("--api-key KEY").And.Contain("127.0.0.1"));
    }

    [Test]
    public void Warning_OnLoopbackOrWithAKey_IsNone()
    {
        Assert.That(ListeningExposure.Warning(["http://127.0.0.1:5000", "http://[::1]:5000"], apiKeyRequired: false), Is.Null);
        Assert.That(ListeningExposure.Warning(["http://0.0.0.0:5000"], apiKeyRequired: true), Is.Null);
    }
}
