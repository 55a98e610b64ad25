using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;

return await SimulatorCommandLine.Build(RunAsync).Parse(args).InvokeAsync();

static async Task<int> RunAsync(string[] configuration, CancellationToken cancellationToken)
{
    try
    {
        // appsettings.json is read from the simulator's own folder, whatever folder it was started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configuration, ContentRootPath = AppContext.BaseDirectory });
        // A failed start is reported below in one line; the host's own error log would repeat it with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.AddSpineSimulator(builder.Configuration);

        var app = builder.Build();
        app.MapSpineSimulator();
        app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
        await app.RunAsync(cancellationToken);
        return 0;
    }
    catch (Exception ex) when (ex is InvalidDataException or OptionsValidationException or IOException or SpineConformance.Simulator.Persistence.StoreStartException
        || (ex is InvalidOperationException && ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal)))
    {
        // A bad setting or file is the user's to fix: say what, not where in our code.
        var hint = ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException
            ? " Another program (perhaps another simulator) is listening there: stop it, or choose another port with --urls."
            : string.Empty;
        await Console.Error.WriteLineAsync($"The simulator cannot start: {ex.Message}{hint}");
        return 1;
    }
}
