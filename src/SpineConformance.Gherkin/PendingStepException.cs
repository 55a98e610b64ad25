namespace SpineConformance.Gherkin;

/// <summary>Thrown by a step that is not written yet; the scenario becomes inconclusive rather than failed.</summary>
public sealed class PendingStepException : Exception
{
    public PendingStepException()
        : base("This step is pending: its definition is not implemented yet.")
    {
    }

    public PendingStepException(string message)
        : base(message)
    {
    }

    public PendingStepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
