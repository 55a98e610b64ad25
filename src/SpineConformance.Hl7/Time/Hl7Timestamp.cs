using System.Globalization;

namespace SpineConformance.Hl7.Time;

/// <summary>
/// HL7 V3 <c>TS</c> values as Spine uses them: <c>yyyyMMddHHmmss</c>, local to Europe/London
/// (what the SCR FHIR API sends). Shorter precisions (date only, minutes) are accepted when reading.
/// </summary>
public static class Hl7Timestamp
{
    private static readonly string[] Formats = ["yyyyMMddHHmmss", "yyyyMMddHHmm", "yyyyMMddHH", "yyyyMMdd", "yyyyMMddHHmmss.fff"];

    private static readonly TimeZoneInfo London = FindLondon();

    public static string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, London).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

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
