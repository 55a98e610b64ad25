namespace SpineConformance.Specs.Drivers;

/// <summary>
/// Drives the system under test: each method is one business action a user takes, and returns what the system
/// then shows. Implementations talk to the SUT the way its supplier allows (a test hook, its web page, a person).
/// </summary>
public interface ISutDriver
{
    Task<SutPermissionsView> ViewPermissionsAsync(string nhsNumber, CancellationToken cancellationToken);
}
