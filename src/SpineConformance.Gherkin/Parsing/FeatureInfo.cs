namespace SpineConformance.Gherkin;

/// <summary>A feature file as the runner knows it.</summary>
/// <param name="RelativePath">Path under the features folder, with '/' separators (e.g. <c>acs/get-resource.feature</c>);
/// stable across machines, so reports key on it.</param>
/// <param name="Tags">Tags without the leading '@'.</param>
public sealed record FeatureInfo(
    string Title,
    string Description,
    IReadOnlyList<string> Tags,
    string FilePath,
    string RelativePath)
{
    public override string ToString() => Title;
}
