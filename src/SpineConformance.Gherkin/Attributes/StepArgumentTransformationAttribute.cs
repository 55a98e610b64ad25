namespace SpineConformance.Gherkin;

/// <summary>
/// Marks a method that converts step text (or a <see cref="Table"/>) into its return type.
/// With a regex, the transformation applies only to text it matches, and its capture groups become the arguments.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class StepArgumentTransformationAttribute(string? regex = null) : Attribute
{
    public string? Regex { get; } = regex;
}
