using Microsoft.Extensions.Options;

namespace SpineConformance.Simulator.Hosting;

public static class ValidatedOptionsExtensions
{
    /// <summary>
    /// Binds an options class from its configuration section and checks its ranges when the simulator starts, so a bad
    /// value stops the start with a message naming the setting instead of surfacing on the first request that reads it.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string sectionName)
        where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(sectionName)).ValidateDataAnnotations().ValidateOnStart();
}
