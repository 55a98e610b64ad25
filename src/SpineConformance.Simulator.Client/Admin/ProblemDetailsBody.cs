namespace SpineConformance.Simulator.Client;

/// <summary>The admin API's answer when it refuses or cannot find something: a short title and what exactly was wrong.</summary>
/// <param name="Title">What kind of problem, e.g. <c>Invalid fault rule</c>.</param>
/// <param name="Detail">Exactly what was wrong.</param>
public sealed record ProblemDetailsBody(string Title, string? Detail);
