using System.Globalization;
using SpineConformance.Drivers.Settings;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace SpineConformance.Drivers.Tests;

/// <summary>
/// The TestHook driver waits for an LR outcome in short calls, so a hook that serves one request at a time is never held
/// by one scenario for the whole wait.
/// </summary>
public sealed class TestHookOutcomeWaitTests
{
    [Test]
    public async Task OutcomeAsync_WhileSpinesReplyIsPending_AsksInCallsOfAtMostTwoSeconds_UntilTheOutcomeComes()
    {
        using var hook = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        hook.Given(Request.Create().WithPath("/test-hook/health").UsingGet()).RespondWith(Response.Create().WithStatusCode(200));
        hook.Given(Request.Create().WithPath("/test-hook/lr/outcomes/C1").UsingGet()).InScenario("reply").WillSetStateTo("pending once")
            .RespondWith(Outcome("pending"));
        hook.Given(Request.Create().WithPath("/test-hook/lr/outcomes/C1").UsingGet()).InScenario("reply").WhenStateIs("pending once").WillSetStateTo("arrived")
            .RespondWith(Outcome("pending"));
        hook.Given(Request.Create().WithPath("/test-hook/lr/outcomes/C1").UsingGet()).InScenario("reply").WhenStateIs("arrived")
            .RespondWith(Outcome("created"));
        var settings = new SuiteSettings
        {
            SutDriver = SutDriverKind.TestHook,
            SutBaseUrl = new Uri(hook.Url!),
            SutMhsEndpoint = new Uri(new Uri(hook.Url!), "/mhs/inbound"),
        };
        await using var environment = new SuiteEnvironment(settings, TimeProvider.System);
        using var http = new HttpClient();

        var outcome = await new TestHookDriver(environment, http).OutcomeAsync("C1", TimeSpan.FromSeconds(20), CancellationToken.None);

        var waits = hook.LogEntries.Where(e => e.RequestMessage.Path == "/test-hook/lr/outcomes/C1")
            .Select(e => int.Parse(e.RequestMessage.Query!["waitSeconds"][0], CultureInfo.InvariantCulture)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcome.Outcome, Is.EqualTo("created"));
            Assert.That(waits, Has.Count.EqualTo(3), "asked again while pending, and stopped once the outcome came");
            Assert.That(waits, Has.All.InRange(0, 2));
        }
    }

    private static IResponseBuilder Outcome(string outcome) => Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
        .WithBody($$"""{"conversationId":"C1","interaction":"REPC_IN010000UK15","outcome":"{{outcome}}","lrId":null,"message":"{{outcome}}"}""");
}
