using SpineConformance.Simulator.Delivery;

namespace SpineConformance.Simulator.Async;

/// <summary>The asynchronous side: the ebXML pipeline, duplicate elimination, the outbox and the delivery worker.</summary>
public static class AsyncServiceCollectionExtensions
{
    public static IServiceCollection AddSpineAsyncMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DuplicateElimination>();
        services.AddSingleton<AsyncBusiness>();
        services.AddSingleton<AsyncDispatcher>();
        services.AddSingleton<IOutbox, InMemoryOutbox>();
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<AcknowledgmentCheck, EbxmlAcknowledgmentCheck>();
        services.AddHttpClient(DeliveryWorker.HttpClientName, (provider, client) =>
            client.Timeout = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DeliveryOptions>>().Value.AttemptTimeout);
        services.AddHostedService<DeliveryWorker>();
        return services;
    }
}
