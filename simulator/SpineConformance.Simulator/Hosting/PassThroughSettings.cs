namespace SpineConformance.Simulator.Hosting;

/// <summary>
/// The command-line tokens that are not the simulator's own options: each must be a configuration override,
/// <c>--Section:Key=value</c> or <c>--Section:Key value</c>. Anything else is a mistyped option (<c>--in-memroy</c>,
/// <c>--store postgresql</c>), which must stop the start rather than be taken silently as a setting nobody reads.
/// </summary>
internal static class PassThroughSettings
{
    /// <summary>The overrides to pass on, or the problems found, each naming the token and the nearest option.</summary>
    public static (IReadOnlyList<string> Settings, IReadOnlyList<string> Problems) Read(IReadOnlyList<string> tokens, IEnumerable<string> options)
    {
        var known = options.ToList();
        var settings = new List<string>();
        var problems = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var key = token.StartsWith("--", StringComparison.Ordinal) ? token[2..].Split('=', 2)[0] : null;
            if (key is { Length: > 0 } && key.Contains(':', StringComparison.Ordinal))
            {
                settings.Add(token);
                if (!token.Contains('=', StringComparison.Ordinal) && i + 1 < tokens.Count)
                {
                    settings.Add(tokens[++i]);
                }

                continue;
            }

            var name = token.Split('=', 2)[0];
            var suggestion = NearestName.Suggest(name, known);
            problems.Add(token.StartsWith('-')
                ? $"Unknown option '{name}'{(suggestion is null ? "" : $"; did you mean '{suggestion}'?")} (--help lists the options; a setting is passed as --Section:Key=value)."
                : $"Unexpected argument '{token}' (--help lists the options; a setting is passed as --Section:Key=value).");
        }

        return (settings, problems);
    }
}
