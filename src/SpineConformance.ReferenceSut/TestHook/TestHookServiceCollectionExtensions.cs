using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>The JSON conventions of the test hook: camelCase names, and enums as camelCase strings (<c>"spineError"</c>).</summary>
public static class TestHookServiceCollectionExtensions
{
    public static IServiceCollection AddTestHook(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
        services.AddProblemDetails();
        return services;
    }
}
