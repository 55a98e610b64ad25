using System.Globalization;

namespace SpineConformance.Hl7.Time;

/// <summary>
/// HL7 V3 <c>TS</c> values as Spine uses them: <c>yyyyMMddHHmmss</c>, local to Europe/London
/// (what the SCR FHIR API sends), or the same with the UTC offset written after it (<c>+0100</c>), which HL7's TS allows
/// and LR's rules accept (LR.md §8.1). Shorter precisions (date only, minutes) are accepted when reading.
/// </summary>
public static class Hl7Timestamp
{
    private static readonly string[] Formats = ["yyyyMMddHHmmss", "yyyyMMddHHmm", "yyyyMMddHH", "yyyyMMdd", "yyyyMMddHHmmss.fff"];

    private static readonly TimeZoneInfo London = FindLondon();

    public static string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, London).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    /// <summary>The same instant as <see cref="Format"/>, Europe/London local time, with its UTC offset written out: <c>20250601133000+0100</c>.</summary>
    public static string FormatWithOffset(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, London);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return local.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + sign + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The instant a TS names: with an offset, exactly; without one, read as Europe/London local time, as Spine writes it.
    /// <see langword="false"/> for text that is not a TS.
    /// </summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is { Length: > 5 } && text[^5] is '+' or '-'
            && int.TryParse(text.AsSpan(text.Length - 4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(text.AsSpan(text.Length - 2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            && TryParse(text[..^5], out var stated))
        {
            var offset = new TimeSpan(hours, minutes, 0);
            instant = new DateTimeOffset(stated, text[^5] == '-' ? -offset : offset);
            return true;
        }

        if (!TryParse(text, out var local))
        {
            return false;
        }

        instant = new DateTimeOffset(local, London.GetUtcOffset(local));
        return true;
    }

    public static bool TryParse(string? text, out DateTime value) =>
        DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            // Minimal containers may lack tzdata; UTC is then the honest fallback.
            return TimeZoneInfo.Utc;
        }
    }
}
