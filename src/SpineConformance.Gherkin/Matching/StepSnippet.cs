using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpineConformance.Gherkin.Matching;

/// <summary>A pasteable step definition for an undefined step: quoted strings and numbers become parameters.</summary>
internal static partial class StepSnippet
{
    public static string For(GherkinStep step)
    {
        var pattern = new StringBuilder();
        var parameters = new List<string>();
        var nameWords = new List<string>();
        var position = 0;
        foreach (Match token in Token().Matches(step.Text))
        {
            AddLiteral(step.Text[position..token.Index], pattern, nameWords);
            var (regex, type) = token.Groups["quoted"].Success ? ("\"\"(.*)\"\"", "string")
                : token.Value.Contains('.', StringComparison.Ordinal) ? (@"(-?\d+\.\d+)", "decimal")
                : (@"(-?\d+)", token.Value.TrimStart('-').Length > 9 ? "long" : "int");
            pattern.Append(regex);
            parameters.Add($"{type} p{parameters.Count}");
            position = token.Index + token.Length;
        }

        AddLiteral(step.Text[position..], pattern, nameWords);
        if (step.DataTable is not null)
        {
            parameters.Add("Table table");
        }
        else if (step.DocString is not null)
        {
            parameters.Add("string docString");
        }

        var name = step.Kind + string.Concat(nameWords.Select(Capitalise));
        return $$"""
            [{{step.Kind}}(@"^{{pattern}}$")]
            public void {{name}}({{string.Join(", ", parameters)}})
            {
                throw new PendingStepException();
            }
            """;
    }

    private static void AddLiteral(string literal, StringBuilder pattern, List<string> nameWords)
    {
        // Regex.Escape escapes spaces too; a snippet reads better without those.
        pattern.Append(Regex.Escape(literal).Replace("\\ ", " ", StringComparison.Ordinal).Replace("\"", "\"\"", StringComparison.Ordinal));
        nameWords.AddRange(Word().Matches(literal).Select(m => m.Value));
    }

    private static string Capitalise(string word) =>
        char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];

    [GeneratedRegex("""(?<quoted>"[^"]*")|(?<![\w.])-?\d+(\.\d+)?(?![\w.])""")]
    private static partial Regex Token();

    [GeneratedRegex(@"[A-Za-z0-9]+")]
    private static partial Regex Word();
}
