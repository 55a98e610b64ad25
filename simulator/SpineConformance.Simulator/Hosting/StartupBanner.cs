using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace SpineConformance.Simulator.Hosting;

/// <summary>What a developer needs to see when the simulator starts: where it listens and where its state lives.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<SimulatorOptions>>().Value;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var first = addresses.FirstOrDefault() ?? SimulatorDefaults.Url;
        var tls = app.Services.GetRequiredService<IOptions<Tls.TlsOptions>>().Value;
        var transport = !tls.Enabled
            ? "plain HTTP (use --tls DIR for TLS with client certificates, as Spine requires)"
            : tls.RequireClientCertificate
                ? $"TLS; client certificates must chain to {Path.GetFullPath(tls.ClientCaFile ?? string.Empty)}"
                : "TLS; client certificates optional";
        var data = Persistence.SimulatorStorage.Kind(options) switch
        {
            Persistence.StoreKind.Memory => "in memory (nothing is kept after exit)",
            Persistence.StoreKind.PostgreSql => $"PostgreSQL: {Persistence.StoreOptionsValidation.Describe(options.ConnectionString ?? string.Empty)}",
            _ => $"{Path.GetFullPath(options.DataFile)} (journal bodies in {Persistence.Sqlite.JournalBodyFiles.FolderFor(Path.GetFullPath(options.DataFile))})",
        };
        var keyRequired = app.Services.GetRequiredService<Access.AdminApiKey>().IsRequired;
        var access = keyRequired
            ? $"the admin API and console need the API key ({Access.AdminAccessConstants.HeaderName} header; the console asks for it)"
            : "open: no API key (add --api-key KEY to require one)";
        var warning = ListeningExposure.Warning(addresses, keyRequired) is { } text ? $"{Environment.NewLine}{text}{Environment.NewLine}" : string.Empty;
        Console.WriteLine($"""

            SpineConformance Spine simulator
              Listening on     {string.Join(", ", addresses)}
              Transport        {transport}
              Sync SOAP        {first}/sync-service  and  {first}/syncservice-lrs/acf
              ebXML            {first}/reliablemessaging/reliablerequest  and  {first}/reliablemessaging/queryrequest
              Admin API        {first}/admin/journal, {first}/admin/patients (OpenAPI: {first}/admin/openapi.json)
              Admin access     {access}
              Health           {first}/healthcheck
              Console          {first}/_console
              State            {data}
              Mode             {(options.Strict ? "strict: everything a conformant client must satisfy, registered systems only" : "Spine: what Spine itself checks; unregistered systems get a warning")}
              Spine ASID       {options.SpineAsid}
            {warning}Press Ctrl+C to stop.

            """);
    }
}
