using System.Text.RegularExpressions;
using Gherkin;
using Ast = Gherkin.Ast;

namespace SpineConformance.Gherkin.Parsing;

/// <summary>Turns scenarios and outline rows into cases: background steps first, placeholders filled, keyword kinds resolved.</summary>
internal sealed partial class ScenarioCompiler(FeatureInfo feature, GherkinDialect dialect, Ast.Background? background)
{
    private static readonly IReadOnlyList<KeyValuePair<string, string>> NoValues = [];

    public ScenarioCase Compile(Ast.Scenario scenario) =>
        new(feature, scenario.Name.Trim(), Merge(feature.Tags, FeatureFileParser.TagNames(scenario.Tags)),
            Steps(scenario.Steps, NoValues), NoValues, scenario.Location.Line);

    public IEnumerable<ScenarioCase> Compile(Ast.ScenarioOutline outline, List<string> errors)
    {
        var where = $"{feature.RelativePath}:{outline.Location.Line}";
        var examples = outline.Examples.ToList();
        if (examples.Count == 0 || examples.All(e => e.TableHeader is null))
        {
            errors.Add($"{where}: Scenario Outline '{outline.Name}' has no Examples table, so it would run nothing.");
            yield break;
        }

        var columns = examples.Where(e => e.TableHeader is not null).SelectMany(e => e.TableHeader.Cells.Select(c => c.Value)).ToHashSet();
        var missing = outline.Steps.SelectMany(s => Placeholder().Matches(s.Text).Select(m => m.Groups[1].Value)).Where(p => !columns.Contains(p)).Distinct().ToList();
        if (missing.Count > 0)
        {
            errors.Add($"{where}: Scenario Outline '{outline.Name}' uses <{string.Join(">, <", missing)}> but no Examples column has that name.");
            yield break;
        }

        foreach (var table in examples.Where(e => e.TableHeader is not null))
        {
            var header = table.TableHeader.Cells.Select(c => c.Value).ToList();
            var tags = Merge(feature.Tags, FeatureFileParser.TagNames(outline.Tags), FeatureFileParser.TagNames(table.Tags));
            foreach (var row in table.TableBody)
            {
                var values = header.Zip(row.Cells, (column, cell) => new KeyValuePair<string, string>(column, cell.Value)).ToList();
                yield return new ScenarioCase(feature, Fill(outline.Name.Trim(), values), tags, Steps(outline.Steps, values), values, row.Location.Line);
            }
        }
    }

    private List<GherkinStep> Steps(IEnumerable<Ast.Step> scenarioSteps, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        var classifier = new StepKindClassifier(dialect);
        var all = (background?.Steps ?? []).Concat(scenarioSteps);
        return all.Select(step => new GherkinStep(
            step.Keyword.Trim(),
            classifier.Classify(step.Keyword),
            Fill(step.Text, values),
            step.Location.Line,
            step.Argument is Ast.DataTable table ? ToTable(table, values) : null,
            step.Argument is Ast.DocString docString ? Fill(docString.Content, values) : null)).ToList();
    }

    private static Table ToTable(Ast.DataTable table, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        var rows = table.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => Fill(c.Value, values)).ToList()).ToList();
        return new Table(rows[0], rows.Skip(1).ToList());
    }

    private static string Fill(string text, IReadOnlyList<KeyValuePair<string, string>> values) =>
        values.Aggregate(text, (current, value) => current.Replace($"<{value.Key}>", value.Value, StringComparison.Ordinal));

    private static List<string> Merge(params IEnumerable<string>[] tagSets) =>
        tagSets.SelectMany(t => t).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    [GeneratedRegex("<([^<>]+)>")]
    private static partial Regex Placeholder();
}
