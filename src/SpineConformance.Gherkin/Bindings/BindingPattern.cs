using System.Text.RegularExpressions;

namespace SpineConformance.Gherkin.Bindings;

internal static class BindingPattern
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Binding regexes must match the whole step, so an unanchored pattern gets ^ and $.</summary>
    public static Regex Anchor(string pattern)
    {
        var anchored = pattern;
        if (!anchored.StartsWith('^'))
        {
            anchored = "^" + anchored;
        }

        if (!anchored.EndsWith('$'))
        {
            anchored += "$";
        }

        return new Regex(anchored, RegexOptions.CultureInvariant, MatchTimeout);
    }
}
