using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace SpineConformance.Drivers.Tests.Simulator;

/// <summary>The one health wait the suite uses for the simulator and the system under test: it says what was last answered.</summary>
public sealed class HealthWaitTests
{
    [TestCase(200, true)]
    [TestCase(503, false)]
    public async Task WaitForHealthAsync_AnswersStatus_SaysWhetherUpAndWhatItLastAnswered(int status, bool expectedUp)
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        server.Given(Request.Create().WithPath("/healthcheck").UsingGet()).RespondWith(Response.Create().WithStatusCode(status));
        using var http = new HttpClient { BaseAddress = new Uri(server.Url!) };

        var (up, last) = await Patience.WaitForHealthAsync(TimeProvider.System, http, new Uri("/healthcheck", UriKind.Relative), TimeSpan.FromMilliseconds(600));

        Assert.That((up, last), Is.EqualTo((expectedUp, $"HTTP {status}")));
    }

    [Test]
    public async Task WaitForHealthAsync_NothingListening_ReportsTheConnectionError()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        var address = new Uri(server.Url! + "/healthcheck");
        server.Stop();
        using var http = new HttpClient();

        var (up, last) = await Patience.WaitForHealthAsync(TimeProvider.System, http, address, TimeSpan.FromMilliseconds(600));

        Assert.That(up, Is.False);
        Assert.That(last, Is.Not.Null.And.Not.StartWith("HTTP"));
    }
}
