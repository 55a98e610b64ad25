using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
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
        // The contract a supplier implements, served by the system that implements it (only the /test-hook paths).
        services.AddOpenApi(openApi =>
        {
            openApi.ShouldInclude = endpoint => endpoint.RelativePath?.StartsWith(TestHookEndpoints.GroupPath.TrimStart('/'), StringComparison.Ordinal) == true;
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "SpineConformance test hook";
                document.Info.Version = TestHookEndpoints.ContractVersion;
                document.Info.Description = TestHookEndpoints.ContractDescription;
                document.Servers = [];
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
