using System.Text.Json;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Simulator.Client;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace SpineConformance.Drivers.Tests.Simulator;

/// <summary>
/// An external simulator answers its admin lists a page at a time (Link rel="next"); the suite must read every page, or
/// an alert or LR past the first would look missing.
/// </summary>
public sealed class AdminApiPagingTests
{
    [Test]
    public async Task AlertsAsync_ListSpansTwoPages_ReadsBothPages()
    {
        using var simulator = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        var first = new[] { Alert(1, "9434765919"), Alert(2, "9000000009") };
        var second = new[] { Alert(3, "9434765919") };
        simulator.Given(Request.Create().WithPath("/admin/alerts").WithParam("after", "2").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Json(second)));
        simulator.Given(Request.Create().WithPath("/admin/alerts").WithParam(p => !p.ContainsKey("after")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithHeader("Link", "</admin/alerts?after=2>; rel=\"next\"").WithBody(Json(first)));
        using var control = new AdminApiSimulatorControl(new Uri(simulator.Url!), apiKey: null, () => Task.CompletedTask, TimeProvider.System);

        var alerts = await control.AlertsAsync("9434765919");

        Assert.That(alerts.Select(a => a.Id), Is.EqualTo(new long[] { 1, 3 }));
        Assert.That(simulator.LogEntries, Has.Count.EqualTo(2), "one request per page");
    }

    private static PrivacyAlert Alert(long id, string nhsNumber) =>
        new(id, new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero), $"LR{id}", nhsNumber, "08", new LrActor("100000000001", "100000000002", "200000000101", null));

    private static string Json(PrivacyAlert[] alerts) => JsonSerializer.Serialize(alerts, AdminJson.Options);
}
