namespace SpineConformance.Drivers;

/// <summary>
/// What the system under test showed after recording a sharing decision: the outcome
/// (<c>recorded</c>, <c>refused</c>, <c>spineError</c>, <c>fault</c>, <c>failed</c>) and the message on screen.
/// </summary>
public sealed record SutDecisionView(string Outcome, string Decision, string Message);
