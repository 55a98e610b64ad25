using System.Text.Json;
using SpineConformance.SecondClient.Tests.Support;

namespace SpineConformance.SecondClient.Tests;

/// <summary>The test hook: one request at a time, and a 400 that names what it cannot act on.</summary>
public sealed class TestHookTests
{
    [Test]
    public async Task Hook_ThreeActionsAtOnce_ReachSpineOneAfterAnother()
    {
        await using var client = await RunningClient.StartAsync();
        client.Spine.Latency = TimeSpan.FromMilliseconds(150);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.PostAsync("/test-hook/acs/get-permissions", new { nhsNumber = "9434765919" })));

        Assert.That(client.Spine.Requests, Has.Count.EqualTo(3));
        Assert.That(client.Spine.MostInFlight, Is.EqualTo(1), "the hook served one action at a time");
    }

    [Test]
    public async Task Hook_AnUnknownDecision_Is400NamingIt()
    {
        await using var client = await RunningClient.StartAsync();

        using var response = await client.Hook.PostAsync("/test-hook/acs/set-permissions",
            JsonContent("{\"nhsNumber\":\"9434765919\",\"decision\":\"maybe\"}"));

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("decision 'maybe' is not one of expressConsent"));
    }

    [Test]
    public async Task Batch_AnIdentifierThatIsNotAnNhsNumber_IsReportedInlineAndNeverSent()
    {
        await using var client = await RunningClient.StartAsync();

        var shown = await client.PostAsync("/test-hook/lr/batch-confirmation", new { nhsNumbers = new[] { "123" } });

        var entry = shown.GetProperty("result").GetProperty("patients")[0];
        Assert.That(entry.GetProperty("nhsNumber").GetString(), Is.EqualTo("123"));
        Assert.That(entry.GetProperty("issue").GetString(), Does.StartWith("Not an NHS number"));
        Assert.That(client.Spine.Requests, Is.Empty);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
