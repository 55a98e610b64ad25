namespace SpineConformance.Gherkin;

/// <summary>What a step does. And, But and * take the kind of the step before them.</summary>
public enum StepKind
{
    Given,
    When,
    Then,
}
