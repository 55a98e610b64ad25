using System.Globalization;
using System.Text.RegularExpressions;

namespace SpineConformance.Specs.Support;

/// <summary>
/// A wrapper's <c>creationTime</c> as an instant. Spine takes <c>yyyyMMddHHmm</c>, <c>yyyyMMddHHmmss</c> (optionally with
/// fractions of a second) and either with a <c>+hhmm</c>/<c>-hhmm</c> offset (LR.md §9.1: 12, 14 or 19 characters); a value
/// without an offset is Europe/London time (ACS.md §3.3). A value given to the minute stands for the whole minute.
/// </summary>
public sealed partial record CreationTimeValue(DateTimeOffset Instant, TimeSpan Precision, string Text)
{
    private static readonly TimeZoneInfo London = FindLondon();

    /// <summary>The instant <paramref name="text"/> names, or <see langword="null"/> with why it names none.</summary>
    public static (CreationTimeValue? Value, string? Problem) Parse(string? text)
    {
        var match = Form().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return (null, $"creationTime '{text}' is none of the forms Spine takes (yyyyMMddHHmm, yyyyMMddHHmmss, either with +hhmm or -hhmm)");
        }

        var seconds = match.Groups["ss"].Success ? match.Groups["ss"].Value : "00";
        var fraction = match.Groups["f"].Success ? "0." + match.Groups["f"].Value : "0";
        if (!DateTime.TryParseExact(match.Groups["minute"].Value + seconds, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return (null, $"creationTime '{text}' is not a real date and time");
        }

        local = local.AddSeconds(double.Parse(fraction, CultureInfo.InvariantCulture));
        var offset = match.Groups["offset"].Success
            ? TimeSpan.ParseExact(match.Groups["offset"].Value[1..], "hhmm", CultureInfo.InvariantCulture) * (match.Groups["offset"].Value[0] == '-' ? -1 : 1)
            : London.GetUtcOffset(local);
        var precision = match.Groups["ss"].Success ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1);
        return (new CreationTimeValue(new DateTimeOffset(local, offset), precision, text!), null);
    }

    /// <summary>Whether this time, to its precision, is within <paramref name="tolerance"/> of <paramref name="instant"/>.</summary>
    public bool IsWithin(TimeSpan tolerance, DateTimeOffset instant) =>
        Instant <= instant + tolerance && Instant + Precision >= instant - tolerance;

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    [GeneratedRegex(@"^(?<minute>[0-9]{12})(?:(?<ss>[0-9]{2})(?:\.(?<f>[0-9]{1,4}))?)?(?<offset>[+-](?:0[0-9]|1[0-4])[0-5][0-9])?$")]
    private static partial Regex Form();
}
