using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Time;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Lr;
using SpineConformance.ReferenceSut.Mhs;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>Registers the SUT's Spine clients (ACS, LR) and its MHS with their options, validated when the host starts.</summary>
public static class SpineClientServiceCollectionExtensions
{
    /// <summary>Larger than any ACS answer, small enough that a runaway reply cannot exhaust memory.</summary>
    private const long MaxAnswerBytes = 4 * 1024 * 1024;

    public static IServiceCollection AddSpineClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReferenceSutOptions>()
            .Bind(configuration.GetSection(ReferenceSutConstants.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReferenceSutOptions>, ReferenceSutOptionsValidator>());

        // TryAdd, so a host that registered its own clock or id source (a test's fakes) keeps it.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdSource>(RandomIdSource.Instance);

        services.AddHttpClient<SpineSyncSender>((provider, client) =>
        {
            client.Timeout = provider.GetRequiredService<IOptions<ReferenceSutOptions>>().Value.SpineTimeout;
            client.MaxResponseContentBufferSize = MaxAnswerBytes;
        });
        services.AddTransient<AcsClient>();
        services.AddSingleton<Forms.KnownPermissions>();

        // The MHS and the LR client: logs, the duplicate store and the conversations live as long as the SUT.
        services.AddHttpClient<MhsReliableSender>((provider, client) =>
        {
            client.Timeout = provider.GetRequiredService<IOptions<ReferenceSutOptions>>().Value.SpineTimeout;
            client.MaxResponseContentBufferSize = MaxAnswerBytes;
        });
        services.AddSingleton<DefectMemory>();
        services.AddSingleton<MhsSentLog>();
        services.AddSingleton<MhsReceivedLog>();
        services.AddSingleton<MhsDuplicateStore>();
        services.AddSingleton<LrConversations>();
        services.AddSingleton<MhsReplyHandler, LrReplyHandler>();
        services.AddSingleton<MhsInbound>();
        services.AddTransient<LrRequestClient>();
        services.AddTransient<LrQueryClient>();
        return services;
    }
}
