using System.Text.RegularExpressions;

namespace SpineConformance.Validation.Comparison;

/// <summary>
/// One <c>${...}</c> placeholder in a template value, with any literal text before and after it (so
/// <c>uuid:${spine.uuid}</c> requires the prefix and checks the GUID). A value holds at most one placeholder.
/// </summary>
public sealed record Placeholder(string Prefix, string Name, string? Argument, string Suffix)
{
    private static readonly Regex Syntax = new(
        @"^(?<prefix>.*?)\$\{(?<name>(xmlunit|spine)\.[A-Za-z0-9]+)(\((?<argument>.*)\))?\}(?<suffix>[^$]*)$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The placeholder in <paramref name="templateValue"/>, or <see langword="null"/> when it holds none (a literal).</summary>
    public static Placeholder? Find(string? templateValue)
    {
        if (templateValue is null || !templateValue.Contains("${", StringComparison.Ordinal))
        {
            return null;
        }

        var match = Syntax.Match(templateValue.Trim());
        return match.Success && !match.Groups["prefix"].Value.Contains("${", StringComparison.Ordinal)
            ? new Placeholder(match.Groups["prefix"].Value, match.Groups["name"].Value,
                match.Groups["argument"].Success ? match.Groups["argument"].Value : null, match.Groups["suffix"].Value)
            : null;
    }

    public bool IsIgnore => Name == PlaceholderNames.Ignore;

    /// <summary>Whether <paramref name="actual"/> is a value this placeholder accepts; an unknown placeholder accepts nothing.</summary>
    public bool Accepts(string? actual)
    {
        if (IsIgnore)
        {
            return true;
        }

        var text = actual?.Trim() ?? string.Empty;
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || !text.EndsWith(Suffix, StringComparison.Ordinal)
            || text.Length < Prefix.Length + Suffix.Length)
        {
            return false;
        }

        var middle = text[Prefix.Length..(text.Length - Suffix.Length)];
        return PlaceholderChecks.Check(Name, Argument, middle);
    }

    /// <summary>What the placeholder stands for, for a report: <c>uuid:${spine.uuid}</c> reads better than a regex.</summary>
    public override string ToString() =>
        $"{Prefix}${{{Name}{(Argument is null ? string.Empty : $"({Argument})")}}}{Suffix}";
}
