namespace SpineConformance.Validation.Comparison;

/// <summary>The placeholders a template may use: XMLUnit's names where XMLUnit has one, ours for Spine's own value types.</summary>
public static class PlaceholderNames
{
    /// <summary>Any value, or none.</summary>
    public const string Ignore = "xmlunit.ignore";

    /// <summary>A number in invariant culture (<c>12</c>, <c>-3.5</c>).</summary>
    public const string IsNumber = "xmlunit.isNumber";

    /// <summary>An ISO 8601 date or date-time; with an argument, that exact .NET format (<c>${xmlunit.isDateTime(yyyyMMdd)}</c>).</summary>
    public const string IsDateTime = "xmlunit.isDateTime";

    /// <summary>The whole value matches the .NET regular expression given as the argument.</summary>
    public const string MatchesRegex = "xmlunit.matchesRegex";

    /// <summary>A GUID in its 8-4-4-4-12 hexadecimal form, either case; put <c>uuid:</c> before it where Spine requires it.</summary>
    public const string Uuid = "spine.uuid";

    /// <summary>An HL7 TS to the second or finer: <c>yyyyMMddHHmmss</c>, optional fraction, optional <c>+hhmm</c>/<c>-hhmm</c>.</summary>
    public const string Hl7Timestamp = "spine.hl7Timestamp";
}
