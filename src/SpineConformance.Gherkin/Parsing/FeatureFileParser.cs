using Gherkin;
using Ast = Gherkin.Ast;

namespace SpineConformance.Gherkin.Parsing;

/// <summary>The adapter over Cucumber's parser: reads one .feature file into runnable cases, collecting every error.</summary>
internal static class FeatureFileParser
{
    private static readonly GherkinDialectProvider Dialects = new("en");

    public static FeatureLoadResult Load(string filePath, string featuresRoot)
    {
        var relativePath = Path.GetRelativePath(featuresRoot, filePath).Replace('\\', '/');
        Ast.GherkinDocument document;
        try
        {
            using var reader = File.OpenText(filePath);
            document = new Parser().Parse(reader);
        }
        catch (CompositeParserException e)
        {
            return Invalid(filePath, relativePath, e.Errors.Select(error => $"{relativePath}{error.Message}").ToList());
        }
        catch (ParserException e)
        {
            return Invalid(filePath, relativePath, [$"{relativePath}{e.Message}"]);
        }

        if (document.Feature is null)
        {
            return Invalid(filePath, relativePath, [$"{relativePath}: the file has no 'Feature:' line."]);
        }

        var feature = document.Feature;
        var info = new FeatureInfo(feature.Name.Trim(), feature.Description?.Trim() ?? string.Empty, TagNames(feature.Tags), filePath, relativePath);
        var dialect = Dialects.GetDialect(feature.Language, feature.Location);
        var compiler = new ScenarioCompiler(info, dialect, feature.Children.OfType<Ast.Background>().FirstOrDefault());
        var cases = new List<ScenarioCase>();
        var errors = new List<string>();
        foreach (var child in feature.Children)
        {
            switch (child)
            {
                case Ast.Scenario scenario:
                    cases.Add(compiler.Compile(scenario));
                    break;
                case Ast.ScenarioOutline outline:
                    cases.AddRange(compiler.Compile(outline, errors));
                    break;
            }
        }

        return new FeatureLoadResult(info, cases, errors);
    }

    internal static IReadOnlyList<string> TagNames(IEnumerable<Ast.Tag> tags) => tags.Select(t => t.Name.TrimStart('@')).ToList();

    private static FeatureLoadResult Invalid(string filePath, string relativePath, IReadOnlyList<string> errors) =>
        new(new FeatureInfo(Path.GetFileNameWithoutExtension(filePath), string.Empty, [], filePath, relativePath), [], errors);
}
