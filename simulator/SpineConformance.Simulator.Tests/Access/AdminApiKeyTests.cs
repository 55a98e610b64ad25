using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Access;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Access;

/// <summary>
/// With <c>Simulator:AdminApiKey</c> set, every endpoint but Spine's own, the health check and the console's login form
/// needs the key (the X-Api-Key header, or the console's session cookie); without one set, everything is open.
/// </summary>
[Category("robustness")]
public sealed partial class AdminApiKeyTests
{
    private const string Key = "correct-horse-battery-staple";

    private SpineSimulatorHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() =>
        host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:AdminApiKey"] = Key });

    [OneTimeTearDown]
    public async Task StopAsync() => await host.DisposeAsync();

    [Test]
    public async Task EveryEndpoint_ButSpinesHealthAndLogin_WithoutTheKey_Is401_AndWithTheKeyIsNot()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var open = endpoints.Where(e => e.Metadata.GetMetadata<OpenWithoutApiKey>() is not null).Select(Describe).ToList();

        Assert.That(open, Is.EquivalentTo(new[]
        {
            "POST /sync-service", "POST /syncservice-lrs/acf", "POST /reliablemessaging/reliablerequest", "POST /reliablemessaging/queryrequest",
            "GET /healthcheck", "POST /_console/login", "POST /_console/logout",
        }), "only Spine's endpoints, the health check and the console's login and logout forms are open");
        var guarded = endpoints.Where(e => e.Metadata.GetMetadata<OpenWithoutApiKey>() is null).ToList();
        Assert.That(guarded.Select(Describe), Is.SupersetOf(new[]
        {
            "GET /admin/journal", "GET /admin/journal/stream", "GET /admin/openapi.json", "POST /admin/reset", "PUT /admin/directory", "GET /_console", "GET /_console/{asset}",
        }));
        foreach (var endpoint in guarded)
        {
            using var without = await SendAsync(http, endpoint, key: null);
            using var with = await SendAsync(http, endpoint, Key);

            Assert.That(without.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"{Describe(endpoint)} without the key");
            Assert.That(with.StatusCode, Is.Not.EqualTo(HttpStatusCode.Unauthorized), $"{Describe(endpoint)} with the key");
        }
    }

    [TestCase(null, "API key required", TestName = "No key: 401 saying to send X-Api-Key")]
    [TestCase("correct-horse-battery-staplf", "Wrong API key", TestName = "A key one character off: 401 wrong key")]
    [TestCase("correct-horse", "Wrong API key", TestName = "A prefix of the key: 401 wrong key")]
    public async Task AdminRequest_WithoutTheRightKey_Is401ProblemDetailsSayingWhatToSend(string? key, string title)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/journal");
        if (key is not null)
        {
            request.Headers.Add(AdminAccessConstants.HeaderName, key);
        }

        using var response = await http.SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo(title));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("X-Api-Key").And.Contain("--api-key"));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("X-Api-Key"));
    }

    [Test]
    public async Task SpineEndpointsAndTheHealthCheck_NeedNoKey()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var get = new ByteArrayContent(SoapEnvelope.ToBytes(SampleRequests.Get(Some.NhsNumber().Value)));
        get.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        using var sync = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = get };
        sync.Headers.TryAddWithoutValidation("SOAPAction", BrokenGetRequests.GetAction);
        var wire = EbxmlWriter.Write(EbxmlClient.CreateLr(Some.NhsNumber().Value));
        using var create = new ByteArrayContent(wire.Body.ToArray());
        create.Headers.TryAddWithoutValidation("Content-Type", wire.ContentType);
        using var reliable = new HttpRequestMessage(HttpMethod.Post, "/reliablemessaging/reliablerequest") { Content = create };
        reliable.Headers.TryAddWithoutValidation("SOAPAction", wire.SoapAction);

        using var answered = await http.SendAsync(sync);
        using var acknowledged = await http.SendAsync(reliable);
        using var health = await http.GetAsync(new Uri("/healthcheck", UriKind.Relative));

        Assert.That((answered.StatusCode, acknowledged.StatusCode, health.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.Accepted, HttpStatusCode.OK)));
    }

    [Test]
    public async Task Console_WithoutTheKey_ShowsTheLoginForm_AndTheRightKeySetsAStrictHttpOnlySessionCookie()
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var browser = new HttpClient(handler) { BaseAddress = host.BaseAddress };

        using var locked = await browser.GetAsync(new Uri("/_console/", UriKind.Relative));
        using var refused = await browser.PostAsync(new Uri(AdminAccessConstants.LoginPath, UriKind.Relative), Form("not-the-key"));
        using var admitted = await browser.PostAsync(new Uri(AdminAccessConstants.LoginPath, UriKind.Relative), Form(Key));

        var page = await locked.Content.ReadAsStringAsync();
        Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(page, Does.Contain("<form method=\"post\" action=\"/_console/login\">").And.Contain("X-Api-Key"));
        Assert.That(locked.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self'"));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("That is not this simulator's key"));
        Assert.That(admitted.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(admitted.Headers.Location?.ToString(), Is.EqualTo("/_console/"));
        var setCookie = admitted.Headers.GetValues("Set-Cookie").Single();
        Assert.That(setCookie, Does.StartWith(AdminAccessConstants.CookieName + "=").And.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase
            .And.Contain("path=/").And.Not.Contain(Key), "a session cookie scripts cannot read, sent to this site only, not holding the key");

        using var console = await browser.GetAsync(new Uri("/_console/", UriKind.Relative));
        using var script = await browser.GetAsync(new Uri("/_console/console.js", UriKind.Relative));
        using var journal = await browser.GetAsync(new Uri("/admin/journal", UriKind.Relative));
        Assert.That((console.StatusCode, script.StatusCode, journal.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK)),
            "the cookie opens the console, its assets and the admin API it calls");
    }

    [Test]
    public async Task AForgedSessionCookie_IsRefused()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/journal");
        request.Headers.Add("Cookie", $"{AdminAccessConstants.CookieName}={new string('0', 64)}");

        using var response = await http.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task NoKeyConfigured_TheAdminApiAndConsoleAreOpen()
    {
        await using var open = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = open.BaseAddress };

        using var journal = await http.GetAsync(new Uri("/admin/journal", UriKind.Relative));
        using var console = await http.GetAsync(new Uri("/_console/", UriKind.Relative));

        Assert.That((journal.StatusCode, console.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
    }

    [Test]
    public void AKeyShorterThanEightCharacters_StopsTheStart()
    {
        var failure = Assert.ThrowsAsync<OptionsValidationException>(() =>
            SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:AdminApiKey"] = "short" }));

        Assert.That(failure!.Message, Does.Contain("Simulator:AdminApiKey must be at least 8 characters long."));
    }

    private static FormUrlEncodedContent Form(string key) => new([new(AdminAccessConstants.LoginField, key)]);

    private static string Describe(RouteEndpoint endpoint) => $"{MethodOf(endpoint)} /{endpoint.RoutePattern.RawText?.TrimStart('/').TrimEnd('/')}";

    private static string MethodOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is [var first, ..] ? first : "GET";

    // A concrete request for a route: each parameter gets a plausible value; the live stream is only opened, never read.
    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, RouteEndpoint endpoint, string? key)
    {
        var method = MethodOf(endpoint);
        var path = Parameter().Replace("/" + endpoint.RoutePattern.RawText!.TrimStart('/'), m => m.Groups[1].Value switch
        {
            "id" => "1",
            "nhsNumber" => "9434765919",
            "asset" => "console.css",
            "asid" => SampleRequests.SenderAsid,
            var other => other,
        });
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { });
        }

        if (key is not null)
        {
            request.Headers.Add(AdminAccessConstants.HeaderName, key);
        }

        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\}")]
    private static partial Regex Parameter();
}
