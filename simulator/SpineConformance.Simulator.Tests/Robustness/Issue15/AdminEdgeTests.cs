using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Access;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Robustness.Issue15;

/// <summary>
/// Issue 15, finding 4: no Host check (DNS rebinding reached a keyless simulator), no throttling of wrong keys, a console
/// cookie that was the same everywhere and never ended, and a form on another 127.0.0.1 port that could ride on it.
/// </summary>
[Category("robustness")]
public sealed class AdminEdgeTests
{
    private const string Key = "correct-horse-battery-staple";

    [Test]
    public async Task ForeignHost_OnALoopbackSimulator_Is400_AndChangesNothing()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        var nhsNumber = Some.NhsNumber();
        await host.SeedPermissionsAsync(new PatientPermissions(nhsNumber, AcsPermission.No, AcsPermission.No));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var rebound = new HttpRequestMessage(HttpMethod.Post, "/admin/reset") { Content = JsonContent.Create(new { everything = true }) };
        rebound.Headers.Host = "rebind.attacker.example";
        using var refused = await http.SendAsync(rebound);
        using var local = new HttpRequestMessage(HttpMethod.Get, "/admin/journal");
        local.Headers.Host = $"localhost:{host.BaseAddress.Port}";
        using var answered = await http.SendAsync(local);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("rebind.attacker.example").And.Contain("Simulator:Access:AllowedHosts"));
        Assert.That(await host.Permissions.FindAsync(nhsNumber, CancellationToken.None), Is.Not.Null, "nothing was reset");
        Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.OK), "localhost is this machine");
    }

    [Test]
    public async Task HundredWrongKeys_AreThrottledWith429_AndAWarning_WithoutSlowingTheRightKeyFromAnotherClient()
    {
        var logs = new CapturedLogs();
        await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:AdminApiKey"] = Key }, logs: logs);
        using var attacker = FromAddress(host.BaseAddress, "127.0.0.1");
        using var developer = FromAddress(host.BaseAddress, "127.0.0.2");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 100; i++)
        {
            answers.Add(await GetJournalAsync(attacker, $"guess-{i:D4}"));
        }

        using var rightKeyFromAttacker = await GetJournalAsync(attacker, Key);
        using var rightKeyFromDeveloper = await GetJournalAsync(developer, Key);
        using var loginFromAttacker = await attacker.PostAsync(AdminAccessConstants.LoginPath, new FormUrlEncodedContent([KeyValuePair.Create("key", Key)]));

        Assert.That(answers.Take(10).Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.Unauthorized), "the first ten wrong keys are read");
        Assert.That(answers.Skip(10).Select(a => a.StatusCode), Is.All.EqualTo(HttpStatusCode.TooManyRequests), "then the client is throttled");
        Assert.That(answers[^1].Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(rightKeyFromAttacker.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "a throttled client's keys are not read at all");
        Assert.That(loginFromAttacker.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "nor are its console logins");
        Assert.That(rightKeyFromDeveloper.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another client's right key works at once");
        Assert.That(logs.Since(0).Where(l => l.Level == LogLevel.Warning).Select(l => l.Message), Has.One.Contains("127.0.0.1 sent 10 wrong API keys"));
        answers.ForEach(a => a.Dispose());
    }

    [Test]
    public async Task CrossOriginFormPost_WithTheConsoleSession_Is403_AndSameOriginIsServed()
    {
        await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:AdminApiKey"] = Key });
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.BaseAddress };
        var own = host.BaseAddress.GetLeftPart(UriPartial.Authority);
        var session = await LogInAsync(http, own);

        using var foreign = await RedeliverAsync(http, session, origin: "http://127.0.0.1:1", site: "same-site");
        using var foreignBySiteOnly = await RedeliverAsync(http, session, origin: null, site: "same-site");
        using var same = await RedeliverAsync(http, session, origin: own, site: "same-origin");

        Assert.That(foreign.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await foreign.Content.ReadAsStringAsync(), Does.Contain("http://127.0.0.1:1"));
        Assert.That(foreignBySiteOnly.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a browser that sends no Origin still names the site");
        Assert.That(same.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "from the console itself the route is reached (no message 1 here)");
    }

    [Test]
    public async Task ConsoleSessions_AreRandom_EndAtLogout_Expire_AndDoNotOutliveARestart()
    {
        using var clock = new FakeTimeProvider();
        var settings = new Dictionary<string, string?> { ["Simulator:AdminApiKey"] = Key };
        string survivor;
        await using (var host = await SpineSimulatorHost.StartAsync(settings, clock))
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.BaseAddress };
            var own = host.BaseAddress.GetLeftPart(UriPartial.Authority);
            var first = await LogInAsync(http, own);
            var second = await LogInAsync(http, own);
            var expiring = await LogInAsync(http, own);

            Assert.That(new[] { first, second, expiring }, Is.Unique, "each login gets its own token");
            Assert.That(await JournalWithSessionAsync(http, first), Is.EqualTo(HttpStatusCode.OK));
            using (var logout = new HttpRequestMessage(HttpMethod.Post, AdminAccessConstants.LogoutPath))
            {
                logout.Headers.Add("Cookie", first);
                logout.Headers.Add("Origin", own);
                using var done = await http.SendAsync(logout);
            }

            Assert.That(await JournalWithSessionAsync(http, first), Is.EqualTo(HttpStatusCode.Unauthorized), "logged out");
            Assert.That(await JournalWithSessionAsync(http, second), Is.EqualTo(HttpStatusCode.OK), "another session goes on");
            clock.Advance(TimeSpan.FromHours(12).Add(TimeSpan.FromSeconds(1)));
            Assert.That(await JournalWithSessionAsync(http, expiring), Is.EqualTo(HttpStatusCode.Unauthorized), "expired after Simulator:Access:SessionLifetime");

            // Logged in after the clock moved on, so still hours from expiry on the clock the restarted simulator uses too:
            // only the restart can end it.
            survivor = await LogInAsync(http, own);
            Assert.That(await JournalWithSessionAsync(http, survivor), Is.EqualTo(HttpStatusCode.OK), "a live session before the restart");
        }

        await using var restarted = await SpineSimulatorHost.StartAsync(settings, clock);
        using var again = new HttpClient { BaseAddress = restarted.BaseAddress };
        Assert.That(await JournalWithSessionAsync(again, survivor), Is.EqualTo(HttpStatusCode.Unauthorized), "sessions end with the process");
    }

    private static async Task<string> LogInAsync(HttpClient http, string origin)
    {
        using var login = new HttpRequestMessage(HttpMethod.Post, AdminAccessConstants.LoginPath)
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("key", Key)]),
        };
        login.Headers.Add("Origin", origin);
        using var answer = await http.SendAsync(login);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        return answer.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }

    private static async Task<HttpStatusCode> JournalWithSessionAsync(HttpClient http, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/journal");
        request.Headers.Add("Cookie", cookie);
        using var answer = await http.SendAsync(request);
        return answer.StatusCode;
    }

    private static Task<HttpResponseMessage> RedeliverAsync(HttpClient http, string cookie, string? origin, string site)
    {
        // What a browser sends for <form method="post" action="/admin/outbox/1/redeliver"> with no fields.
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/outbox/1/redeliver") { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("Cookie", cookie);
        request.Headers.Add("Sec-Fetch-Site", site);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> GetJournalAsync(HttpClient http, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/journal");
        request.Headers.Add(AdminAccessConstants.HeaderName, key);
        return http.SendAsync(request);
    }

    // A client whose connections come from this loopback address: Linux routes all of 127.0.0.0/8 to this machine.
    private static HttpClient FromAddress(Uri simulator, string local) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(local), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = simulator };
}
