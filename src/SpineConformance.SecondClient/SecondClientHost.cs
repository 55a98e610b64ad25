using SpineConformance.SecondClient.Mhs;
using SpineConformance.SecondClient.TestHook;

namespace SpineConformance.SecondClient;

/// <summary>
/// The one composition root, for the standalone process and for tests: the client's services, the one-at-a-time test
/// hook, the MHS endpoint Spine's replies come to, and the hook's operations. Tests change only what they pass in.
/// </summary>
public static class SecondClientHost
{
    public static WebApplication Create(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddSecondClient(builder.Configuration);
        overrides?.Invoke(builder.Services);

        var app = builder.Build();

        // Made now, so "when the client started" is when it started (the S01 defect reuses that time).
        app.Services.GetRequiredService<Wire.MessageStamps>();
        app.UseMiddleware<OneRequestAtATime>();
        app.MapPost("/mhs/inbound", (HttpRequest request, InboundMhs mhs) => mhs.ReceiveAsync(request));
        app.MapTestHook();
        return app;
    }
}
