namespace SpineConformance.Drivers;

/// <summary>
/// Drives the system under test: each method is one business action a user takes, and returns what the system
/// then shows. Implementations talk to the SUT the way its supplier allows (a test hook, its web page, a person).
/// <paramref name="actingUser"/> makes one action as another user (for role-based access); <see langword="null"/>
/// means the logged-in user.
/// </summary>
public interface ISutDriver
{
    Task<SutPermissionsView> ViewPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken);

    Task<SutPermissionsView> CheckPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken);

    Task<SutDecisionView> RecordDecisionAsync(string nhsNumber, SharingDecision decision, SutUser? actingUser, CancellationToken cancellationToken);
}
