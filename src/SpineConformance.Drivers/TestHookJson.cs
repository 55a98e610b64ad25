using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpineConformance.Drivers;

/// <summary>The test-hook contract's JSON: camelCase names and enum values, nulls left out.</summary>
internal static class TestHookJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>A contract value as the driver's own type: the same JSON the HTTP hook would carry.</summary>
    public static T Convert<T>(object value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options), Options)
            ?? throw new InvalidOperationException($"The SUT's answer could not be read as {typeof(T).Name}.");

    public static string Name(SharingDecision decision) => JsonNamingPolicy.CamelCase.ConvertName(decision.ToString());
}
