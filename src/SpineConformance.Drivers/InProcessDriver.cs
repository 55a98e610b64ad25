using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.ReferenceSut.Lr;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.TestHook;

namespace SpineConformance.Drivers;

/// <summary>
/// Drives the reference SUT running inside the test process by calling its test-hook actions directly: the same
/// requests, checks and answers as the HTTP contract, with no HTTP between the suite and the SUT (the SUT still talks
/// to the simulator over HTTP, as any client does). The default driver: fast, and a breakpoint in the SUT just works.
/// </summary>
public sealed class InProcessDriver(SuiteEnvironment environment) : ISutDriver, ISutLrDriver
{
    public Task<SutPermissionsView> ViewPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutPermissionsView>(async s => (await TestHookEndpoints.GetPermissions(
            new PermissionsHookRequest(nhsNumber, User(actingUser)), s.GetRequiredService<AcsClient>(), cancellationToken)).Result);

    public Task<SutPermissionsView> CheckPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutPermissionsView>(async s => (await TestHookEndpoints.HasPermissions(
            new PermissionsHookRequest(nhsNumber, User(actingUser)), s.GetRequiredService<AcsClient>(), cancellationToken)).Result);

    public Task<SutDecisionView> RecordDecisionAsync(string nhsNumber, SharingDecision decision, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutDecisionView>(async s => (await TestHookEndpoints.SetPermissions(
            new SetPermissionsHookRequest(nhsNumber, TestHookJson.Name(decision), User(actingUser)), s.GetRequiredService<AcsClient>(), cancellationToken)).Result);

    public Task<SutAsyncView> RequestCreateAsync(SutLrCreate request, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutAsyncView>(async s => (await LrTestHookEndpoints.CreateAsync(
            new LrCreateHookRequest(request.NhsNumber, request.LrType, request.WorkgroupId, request.AccessReason, request.Justification, request.Alert, User: User(actingUser)),
            s.GetRequiredService<LrRequestClient>(), cancellationToken)).Result);

    public Task<SutAsyncView> ChangeStatusAsync(string nhsNumber, string lrId, string reasonCode, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutAsyncView>(async s => (await LrTestHookEndpoints.StatusChangeAsync(
            new LrStatusChangeHookRequest(nhsNumber, lrId, reasonCode, User(actingUser)), s.GetRequiredService<LrRequestClient>(), cancellationToken)).Result);

    public Task<SutAsyncView> ChangeMembershipAsync(
        bool add, string memberRoleProfileId, string memberUserId, string workgroupId, SutUser? actingUser, CancellationToken cancellationToken)
    {
        var request = new LrWorkgroupMembershipHookRequest(memberRoleProfileId, memberUserId, workgroupId, IdentifiedWorkgroupsOnly: true, User(actingUser));
        return CallAsync<SutAsyncView>(async s => (add
            ? await LrTestHookEndpoints.AddToWorkgroupAsync(request, s.GetRequiredService<LrRequestClient>(), cancellationToken)
            : await LrTestHookEndpoints.RemoveFromWorkgroupAsync(request, s.GetRequiredService<LrRequestClient>(), cancellationToken)).Result);
    }

    public Task<SutLrOutcome> OutcomeAsync(string conversationId, TimeSpan wait, CancellationToken cancellationToken) =>
        CallAsync<SutLrOutcome>(async s => (await LrTestHookEndpoints.OutcomeAsync(
            conversationId, (int)Math.Ceiling(wait.TotalSeconds), s.GetRequiredService<LrConversations>(), cancellationToken)).Result);

    public Task<SutQueryView> ConfirmAsync(string nhsNumber, bool history, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutQueryView>(async s => (await LrTestHookEndpoints.ConfirmationAsync(
            new LrConfirmationHookRequest(nhsNumber, history, User: User(actingUser)), s.GetRequiredService<LrQueryClient>(), cancellationToken)).Result);

    public Task<SutQueryView> DetailsAsync(string nhsNumber, bool complete, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutQueryView>(async s => (await LrTestHookEndpoints.DetailsAsync(
            new LrDetailsHookRequest(nhsNumber, complete, User: User(actingUser)), s.GetRequiredService<LrQueryClient>(), cancellationToken)).Result);

    public Task<SutQueryView> BatchConfirmAsync(IReadOnlyList<string> nhsNumbers, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutQueryView>(async s => (await LrTestHookEndpoints.BatchConfirmationAsync(
            new LrBatchConfirmationHookRequest(nhsNumbers, User: User(actingUser)), s.GetRequiredService<LrQueryClient>(), cancellationToken)).Result);

    public Task<SutQueryView> RoleProfilesAsync(string userId, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutQueryView>(async s => (await LrTestHookEndpoints.UserRoleProfilesAsync(
            new LrUserRoleProfilesHookRequest(userId, User(actingUser)), s.GetRequiredService<LrQueryClient>(), cancellationToken)).Result);

    public Task<SutQueryView> WorkgroupsAsync(IReadOnlyList<string> workgroupIds, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutQueryView>(async s => (await LrTestHookEndpoints.WorkgroupMembersAsync(
            new LrWorkgroupMembersHookRequest(workgroupIds, User(actingUser)), s.GetRequiredService<LrQueryClient>(), cancellationToken)).Result);

    public async Task<IReadOnlyList<SutSendAttempt>> SentAsync(CancellationToken cancellationToken) =>
        (await CallAsync<SentLog>(s => Task.FromResult<IResult>(MhsTestHookEndpoints.Sent(s.GetRequiredService<MhsSentLog>())))).Attempts;

    public async Task<IReadOnlyList<SutReceivedMessage>> ReceivedAsync(CancellationToken cancellationToken) =>
        (await CallAsync<ReceivedLog>(s => Task.FromResult<IResult>(MhsTestHookEndpoints.Received(s.GetRequiredService<MhsReceivedLog>())))).Messages;

    private static ActingUserHookRequest? User(SutUser? user) => user is null ? null : new(user.RoleProfileId, user.UserId, user.JobRole);

    private async Task<T> CallAsync<T>(Func<IServiceProvider, Task<IResult>> action)
    {
        var sut = await environment.ReferenceSutAsync();
        await using var scope = sut.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider) switch
        {
            IValueHttpResult { Value: { } value } => TestHookJson.Convert<T>(value),
            ValidationProblem problem => throw new InvalidOperationException(
                $"The reference SUT refused the driver's request ({problem.ProblemDetails.Title}): "
                + string.Join("; ", problem.ProblemDetails.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))),
            ProblemHttpResult problem => throw new InvalidOperationException($"The reference SUT answered {problem.StatusCode}: {problem.ProblemDetails.Detail}"),
            var other => throw new InvalidOperationException($"The reference SUT answered {other.GetType().Name}, which the driver cannot read."),
        };
    }

    private sealed record SentLog(IReadOnlyList<SutSendAttempt> Attempts);

    private sealed record ReceivedLog(IReadOnlyList<SutReceivedMessage> Messages);
}
