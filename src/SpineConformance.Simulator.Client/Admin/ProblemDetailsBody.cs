namespace SpineConformance.Simulator.Client;

/// <summary>The admin API's answer when it refuses or cannot find something: a short title and what exactly was wrong.</summary>
public sealed record ProblemDetailsBody(string Title, string? Detail);
