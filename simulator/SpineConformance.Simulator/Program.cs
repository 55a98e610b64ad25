using SpineConformance.Simulator.Hosting;

var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_URLS")))
{
    builder.WebHost.UseUrls(SimulatorDefaults.Url);
}

builder.Services.AddSpineSimulator(builder.Configuration);
builder.WebHost.ConfigureKestrel((context, kestrel) =>
    kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue<long?>("Simulator:MaxRequestBodyBytes") ?? 4 * 1024 * 1024);

var app = builder.Build();
app.MapSpineSimulator();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
app.Run();
