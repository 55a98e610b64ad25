using System.Globalization;
using System.Reflection;

namespace SpineConformance.Gherkin.Conversion;

/// <summary>Converts step text to the framework's own types. Culture is invariant so a suite reads the same on every machine.</summary>
internal static class BuiltInConversions
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool TryConvert(string text, Type target, out object? value)
    {
        var underlying = Nullable.GetUnderlyingType(target);
        if (underlying is not null)
        {
            if (text.Length == 0 || text.Equals("null", StringComparison.OrdinalIgnoreCase))
            {
                value = null;
                return true;
            }

            target = underlying;
        }

        value = target switch
        {
            _ when target == typeof(string) || target == typeof(object) => text,
            _ when target == typeof(int) => int.Parse(text, NumberStyles.Integer, Invariant),
            _ when target == typeof(long) => long.Parse(text, NumberStyles.Integer, Invariant),
            _ when target == typeof(decimal) => decimal.Parse(text, NumberStyles.Number, Invariant),
            _ when target == typeof(double) => double.Parse(text, NumberStyles.Float, Invariant),
            _ when target == typeof(bool) => ParseBool(text),
            _ when target == typeof(DateOnly) => DateOnly.Parse(text, Invariant),
            _ when target == typeof(DateTime) => DateTime.Parse(text, Invariant, DateTimeStyles.RoundtripKind),
            _ when target == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, Invariant),
            _ when target == typeof(TimeSpan) => TimeSpan.Parse(text, Invariant),
            _ when target == typeof(Guid) => Guid.Parse(text),
            _ when target.IsEnum => ParseEnum(text, target),
            _ => ParseWithStaticParse(text, target),
        };
        return value is not null || target == typeof(string);
    }

    private static bool ParseBool(string text) => text.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "Y" => true,
        "FALSE" or "NO" or "N" => false,
        _ => throw new FormatException($"'{text}' is not a boolean (true/false, yes/no)."),
    };

    // "not found" and "NotFound" both name the enum member NotFound.
    private static object ParseEnum(string text, Type target) =>
        Enum.Parse(target, text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);

    // Domain types that follow the IParsable pattern convert without a transformation.
    private static object? ParseWithStaticParse(string text, Type target)
    {
        var withProvider = target.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider)]);
        if (withProvider is not null && withProvider.ReturnType == target)
        {
            return Invoke(withProvider, [text, Invariant]);
        }

        var plain = target.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]);
        return plain is not null && plain.ReturnType == target ? Invoke(plain, [text]) : null;
    }

    private static object? Invoke(MethodInfo method, object?[] arguments)
    {
        try
        {
            return method.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }
}
