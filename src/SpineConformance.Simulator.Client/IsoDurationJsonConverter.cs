using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// Durations in the admin API and the directory file as ISO 8601, the way SDS writes them (<c>PT30S</c>, <c>PT5M</c>);
/// <c>hh:mm:ss</c> is read too.
/// </summary>
public sealed class IsoDurationJsonConverter : JsonConverter<TimeSpan>
{
    /// <summary>Reads <c>PT30S</c> or <c>00:00:30</c>; anything else is a <see cref="JsonException"/> naming the text.</summary>
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? string.Empty;
        try
        {
            return text.StartsWith('P') ? XmlConvert.ToTimeSpan(text) : TimeSpan.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException ex)
        {
            throw new JsonException($"'{text}' is not a duration; write it as ISO 8601 (PT30S, PT5M) or hh:mm:ss.", ex);
        }
    }

    /// <summary>Writes ISO 8601, e.g. <c>PT30S</c>.</summary>
    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(XmlConvert.ToString(value));
}
