using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Async;

/// <summary>The asynchronous side: the ebXML pipeline, duplicate elimination and the delivery worker (their stores: AddSimulatorPersistence).</summary>
public static class AsyncServiceCollectionExtensions
{
    public static IServiceCollection AddSpineAsyncMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DeliveryOptions>(configuration, DeliveryOptions.SectionName);
        services.AddSingleton<DuplicateElimination>();
        services.AddSingleton<AsyncBusiness>();
        services.AddSingleton<EbxmlSenders>();
        services.AddSingleton<EbxmlAnswers>();
        services.AddSingleton<AsyncDispatcher>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<AcknowledgmentCheck, EbxmlAcknowledgmentCheck>();
        services.AddSingleton<ReplySender>();
        services.AddHttpClient(DeliveryWorker.HttpClientName, (provider, client) =>
                client.Timeout = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DeliveryOptions>>().Value.AttemptTimeout)
            // A reply goes to the registered endpoint or nowhere: a redirect could turn the POST into a GET elsewhere.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            // Every attempt is journaled; the factory's own lines per request would repeat each one in the log.
            .RemoveAllLoggers();
        services.AddHostedService<DeliveryWorker>();
        return services;
    }
}
