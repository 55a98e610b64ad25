namespace SpineConformance.Gherkin.Tests.Support;

/// <summary>A scoped service: each scenario must get its own.</summary>
public sealed class Counter
{
    public int Value { get; set; }

    public Guid Instance { get; } = Guid.NewGuid();
}
