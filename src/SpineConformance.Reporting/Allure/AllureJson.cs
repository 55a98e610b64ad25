using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpineConformance.Reporting.Allure;

internal static class AllureJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };
}
