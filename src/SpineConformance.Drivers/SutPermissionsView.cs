namespace SpineConformance.Drivers;

/// <summary>
/// What the system under test showed its user after a permissions look-up: the outcome
/// (<c>shown</c>, <c>spineError</c>, <c>fault</c>, <c>failed</c>), the View and Store values in ACS's spelling
/// (<c>Yes</c>, <c>No</c>, <c>Ask</c>) and the message on screen.
/// </summary>
public sealed record SutPermissionsView(string Outcome, string View, string Store, string Message);
