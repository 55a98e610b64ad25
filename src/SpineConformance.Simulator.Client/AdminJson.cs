using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// How the admin API writes and reads JSON, for the simulator and for any .NET client of it: web defaults, enums as
/// Spine's words (<c>"No"</c>, <c>"View"</c>), never numbers, and durations as ISO 8601 (<c>"PT30S"</c>).
/// </summary>
public static class AdminJson
{
    /// <summary>Web defaults with the admin API's converters.</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>Adds the admin API's converters to <paramref name="options"/> (the host's own JSON options, say).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new IsoDurationJsonConverter());
        return options;
    }
}
