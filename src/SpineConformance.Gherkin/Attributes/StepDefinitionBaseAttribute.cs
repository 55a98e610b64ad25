namespace SpineConformance.Gherkin;

/// <summary>Binds a method to the steps whose text matches <see cref="Regex"/>.
/// A pattern without <c>^</c>/<c>$</c> is anchored, so it must match the whole step text.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class StepDefinitionBaseAttribute(string regex, StepKind? kind) : Attribute
{
    public string Regex { get; } = regex;

    /// <summary>The keyword kind this binding answers; null answers all of them.</summary>
    internal StepKind? Kind { get; } = kind;
}

public sealed class GivenAttribute(string regex) : StepDefinitionBaseAttribute(regex, StepKind.Given);

public sealed class WhenAttribute(string regex) : StepDefinitionBaseAttribute(regex, StepKind.When);

public sealed class ThenAttribute(string regex) : StepDefinitionBaseAttribute(regex, StepKind.Then);

/// <summary>Binds Given, When and Then steps alike.</summary>
public sealed class StepDefinitionAttribute(string regex) : StepDefinitionBaseAttribute(regex, null);
