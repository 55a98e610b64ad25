namespace SpineConformance.Gherkin;

/// <summary>Marks a class whose methods hold step definitions, hooks or step argument transformations.
/// Instances are resolved from the scenario's service scope, so constructors may take injected services.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class BindingAttribute : Attribute;
