namespace SpineConformance.Drivers;

/// <summary>
/// Drives the SUT's Legitimate Relationship features and reads what its MHS sent and received. Asynchronous actions
/// return when Spine has accepted the message; <see cref="OutcomeAsync"/> waits for the business reply.
/// </summary>
public interface ISutLrDriver
{
    Task<SutAsyncView> RequestCreateAsync(SutLrCreate request, SutUser? actingUser, CancellationToken cancellationToken);

    Task<SutAsyncView> ChangeStatusAsync(string nhsNumber, string lrId, string reasonCode, SutUser? actingUser, CancellationToken cancellationToken);

    Task<SutAsyncView> ChangeMembershipAsync(bool add, string memberRoleProfileId, string memberUserId, string workgroupId, SutUser? actingUser, CancellationToken cancellationToken);

    Task<SutLrOutcome> OutcomeAsync(string conversationId, TimeSpan wait, CancellationToken cancellationToken);

    Task<SutQueryView> ConfirmAsync(string nhsNumber, bool history, SutUser? actingUser, CancellationToken cancellationToken);

    Task<SutQueryView> DetailsAsync(string nhsNumber, bool complete, SutUser? actingUser, CancellationToken cancellationToken);

    Task<SutQueryView> BatchConfirmAsync(IReadOnlyList<string> nhsNumbers, SutUser? actingUser, CancellationToken cancellationToken);

    Task<SutQueryView> RoleProfilesAsync(string userId, SutUser? actingUser, CancellationToken cancellationToken);

    Task<SutQueryView> WorkgroupsAsync(IReadOnlyList<string> workgroupIds, SutUser? actingUser, CancellationToken cancellationToken);

    Task<IReadOnlyList<SutSendAttempt>> SentAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<SutReceivedMessage>> ReceivedAsync(CancellationToken cancellationToken);
}
