using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Time;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>Registers the SUT's Spine client with its options, validated when the host starts.</summary>
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
        return services;
    }
}
