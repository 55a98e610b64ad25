using System.Globalization;
using System.Text.RegularExpressions;

namespace SpineConformance.Validation.Comparison;

/// <summary>What each placeholder accepts; an unknown name accepts nothing, so a misspelt placeholder fails loudly.</summary>
internal static class PlaceholderChecks
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Guid = new(
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", RegexOptions.CultureInvariant, RegexTimeout);

    private static readonly Regex Hl7Ts = new(
        @"^(?<seconds>[0-9]{14})(\.[0-9]{1,4})?(?<offset>[+-](?<hh>[0-9]{2})(?<mm>[0-9]{2}))?$", RegexOptions.CultureInvariant, RegexTimeout);

    public static bool Check(string name, string? argument, string value) => name switch
    {
        PlaceholderNames.IsNumber => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        PlaceholderNames.IsDateTime => IsDateTime(argument, value),
        PlaceholderNames.MatchesRegex => argument is not null && Regex.IsMatch(value, argument, RegexOptions.CultureInvariant, RegexTimeout),
        PlaceholderNames.Uuid => Guid.IsMatch(value),
        PlaceholderNames.Hl7Timestamp => IsHl7Timestamp(value),
        _ => false,
    };

    public static bool IsKnown(string name) => name is PlaceholderNames.Ignore or PlaceholderNames.IsNumber or PlaceholderNames.IsDateTime
        or PlaceholderNames.MatchesRegex or PlaceholderNames.Uuid or PlaceholderNames.Hl7Timestamp;

    private static bool IsDateTime(string? format, string value) => string.IsNullOrEmpty(format)
        ? DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _)
        : DateTimeOffset.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    // The digits must also be a real date and time, and an offset a real one (at most 14 hours).
    private static bool IsHl7Timestamp(string value)
    {
        var match = Hl7Ts.Match(value);
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups["seconds"].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return false;
        }

        return !match.Groups["offset"].Success
            || (int.Parse(match.Groups["hh"].Value, CultureInfo.InvariantCulture) <= 14 && int.Parse(match.Groups["mm"].Value, CultureInfo.InvariantCulture) < 60);
    }
}
