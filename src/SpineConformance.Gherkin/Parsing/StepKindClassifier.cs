using Gherkin;

namespace SpineConformance.Gherkin.Parsing;

/// <summary>Reads a keyword in the feature's language; And, But and * carry on the previous kind (Given at the start).</summary>
internal sealed class StepKindClassifier(GherkinDialect dialect)
{
    private StepKind current = StepKind.Given;

    public StepKind Classify(string keyword)
    {
        if (dialect.AndStepKeywords.Contains(keyword) || dialect.ButStepKeywords.Contains(keyword))
        {
            return current;
        }

        if (dialect.GivenStepKeywords.Contains(keyword))
        {
            current = StepKind.Given;
        }
        else if (dialect.WhenStepKeywords.Contains(keyword))
        {
            current = StepKind.When;
        }
        else if (dialect.ThenStepKeywords.Contains(keyword))
        {
            current = StepKind.Then;
        }

        return current;
    }
}
