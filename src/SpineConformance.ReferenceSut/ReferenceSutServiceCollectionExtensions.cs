using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.TestHook;

namespace SpineConformance.ReferenceSut;

/// <summary>The one composition root shared by the standalone SUT and <see cref="ReferenceSutHost"/>.</summary>
public static class ReferenceSutServiceCollectionExtensions
{
    /// <summary>Adds the Spine client (options from the <c>ReferenceSut</c> section) and the test hook's JSON conventions.</summary>
    public static IServiceCollection AddReferenceSut(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSpineClient(configuration);
        services.AddTestHook();
        return services;
    }
}
