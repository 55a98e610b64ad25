using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Time;
using SpineConformance.Simulator.Acs;
using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Errors;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;
using SpineConformance.Simulator.Sync;
using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Hosting;

/// <summary>The simulator's composition root, shared by the standalone program and the in-process host.</summary>
public static class SimulatorServiceCollectionExtensions
{
    public static IServiceCollection AddSpineSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        // A mistyped setting under Simulator: stops the start, naming it (a key nobody reads would be ignored silently).
        ConfigurationKeys.Check(configuration);
        services.AddValidatedOptions<SimulatorOptions>(configuration, SimulatorOptions.SectionName);
        // The files themselves are checked where they are loaded (TlsServerSetup), with a message naming each.
        services.AddValidatedOptions<Tls.TlsOptions>(configuration, Tls.TlsOptions.SectionName)
            .Validate(tls => tls.Enabled || (string.IsNullOrWhiteSpace(tls.KeyFile) && string.IsNullOrWhiteSpace(tls.ClientCaFile)),
                "Simulator:Tls:KeyFile and Simulator:Tls:ClientCaFile need Simulator:Tls:CertificateFile.");
        services.AddValidatedOptions<Access.AdminAccessOptions>(configuration, Access.AdminAccessOptions.SectionName);
        services.AddValidatedOptions<Journal.JournalRetentionOptions>(configuration, Journal.JournalRetentionOptions.SectionName);
        services.AddSingleton<IConfigureOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>, Tls.TlsServerSetup>();
        // Both hosts: Kestrel refuses a larger body as it reads, before it is held in memory.
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<SimulatorOptions>>((kestrel, simulator) => kestrel.Limits.MaxRequestBodySize = simulator.Value.MaxRequestBodyBytes);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdSource>(RandomIdSource.Instance);
        services.AddSingleton(_ => new ErrorResponseTable(
            configuration.GetSection($"{SimulatorOptions.SectionName}:ErrorResponses").Get<List<ErrorResponseOverride>>()));
        services.AddSimulatorPersistence();
        services.AddTenants();
        services.AddSingleton(provider => new RequestJournal(
            provider.GetRequiredService<IOptions<SimulatorOptions>>(), provider.GetRequiredService<IJournalStore>(),
            provider.GetRequiredService<Tenants.TenantRegistry>().OwnerOf));
        services.AddSingleton<JournalRetention>();
        services.AddHostedService(provider => provider.GetRequiredService<JournalRetention>());
        services.AddSingleton<Access.AdminApiKey>();
        services.AddSingleton<Access.ConsoleSessions>();
        services.AddSingleton<Access.WrongKeyThrottle>();
        services.AddSingleton<StateReset>();
        services.AddMetrics();
        services.AddValidatedOptions<Metrics.MetricsOptions>(configuration, Metrics.MetricsOptions.SectionName)
            .Validate(metrics => metrics.OtlpEndpoint is null || (metrics.OtlpEndpoint.IsAbsoluteUri && metrics.OtlpEndpoint.Scheme is "http" or "https"),
                "Simulator:Metrics:OtlpEndpoint must be an absolute http:// or https:// URL.");
        services.AddSingleton<Metrics.SimulatorMetrics>();
        services.AddHostedService<Metrics.MetricsExport>();
        services.AddSingleton(Directory.SpineDirectoryFactory.Create);
        services.AddSingleton(provider => provider.GetRequiredService<Directory.StoredDirectory>().Directory);
        services.AddSingleton<Directory.SdsRegistrationCheck>();
        services.AddSingleton<Transport.ExchangeRecorder>();
        services.AddSingleton<SyncErrorReplies>();
        services.AddSingleton<SyncValidation>();
        services.AddSingleton<SyncResponseContexts>();
        services.AddSingleton<SyncDispatcher>();
        services.AddSingleton<SyncInteractionHandler, GetResourcePermissionsHandler>();
        services.AddSingleton<SyncInteractionHandler, SetResourcePermissionsHandler>();
        services.AddSingleton<SyncInteractionHandler, HasResourcePermissionsHandler>();
        services.AddSpineAsyncMessaging(configuration);
        services.AddLegitimateRelationships(configuration);
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "SpineConformance Spine simulator";
            document.Info.Description = "Spine's synchronous SOAP and asynchronous ebXML endpoints, and the simulator's admin API.";
            return Task.CompletedTask;
        }));
        // The admin API speaks Spine's words: "No", "View", "ApplicationError", never enum numbers.
        services.ConfigureHttpJsonOptions(json => AdminJson.Configure(json.SerializerOptions));
        return services;
    }
}
