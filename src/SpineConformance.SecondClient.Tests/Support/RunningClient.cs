using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.SecondClient.Mhs;
using SpineConformance.SecondClient.Spine;

namespace SpineConformance.SecondClient.Tests.Support;

/// <summary>The second client on 127.0.0.1 at a port the OS picks, talking to a <see cref="FakeSpine"/>, with a client for its test hook.</summary>
internal sealed class RunningClient : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningClient(WebApplication app, FakeSpine spine, Uri address)
    {
        this.app = app;
        Spine = spine;
        Hook = new HttpClient { BaseAddress = address };
    }

    public FakeSpine Spine { get; }

    public HttpClient Hook { get; }

    public static Task<RunningClient> StartAsync(params string[] settings) => StartAsync(settings, null);

    public static async Task<RunningClient> StartAsync(string[] settings, Action<IServiceCollection>? overrides)
    {
        var spine = new FakeSpine();
        var app = SecondClientHost.Create(["--urls", "http://127.0.0.1:0", "--SecondClient:RetryInterval=00:00:00.050", .. settings], services =>
        {
            services.AddHttpClient<SyncExchange>().ConfigurePrimaryHttpMessageHandler(() => spine).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            services.AddHttpClient<ReliableSender>().ConfigurePrimaryHttpMessageHandler(() => spine).SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            overrides?.Invoke(services);
        });
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new RunningClient(app, spine, address);
    }

    public async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await Hook.PostAsJsonAsync(path, body);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> PostlessGetAsync(string path) =>
        JsonSerializer.Deserialize<JsonElement>(await Hook.GetStringAsync(path));

    public async ValueTask DisposeAsync()
    {
        Hook.Dispose();
        await app.DisposeAsync();
        Spine.Dispose();
    }
}
