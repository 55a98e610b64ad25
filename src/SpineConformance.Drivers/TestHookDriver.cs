using System.Net.Http.Json;
using System.Text.Json;

namespace SpineConformance.Drivers;

/// <summary>
/// Drives any SUT over HTTP through the JSON test-hook contract (<c>src/SpineConformance.Drivers/test-hook.openapi.json</c>): the SUT at
/// <c>SutBaseUrl</c>, or the reference SUT the suite starts when that is empty.
/// </summary>
public sealed class TestHookDriver(SuiteEnvironment environment, HttpClient http) : ISutDriver, ISutLrDriver
{
    private static readonly JsonSerializerOptions Json = TestHookJson.Options;

    public Task<SutPermissionsView> ViewPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutPermissionsView>("/test-hook/acs/get-permissions", new { nhsNumber, user = actingUser }, cancellationToken);

    public Task<SutPermissionsView> CheckPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutPermissionsView>("/test-hook/acs/has-permissions", new { nhsNumber, user = actingUser }, cancellationToken);

    public Task<SutDecisionView> RecordDecisionAsync(string nhsNumber, SharingDecision decision, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutDecisionView>("/test-hook/acs/set-permissions", new { nhsNumber, decision, user = actingUser }, cancellationToken);

    public Task<SutAsyncView> RequestCreateAsync(SutLrCreate request, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutAsyncView>("/test-hook/lr/create", new
        {
            request.NhsNumber, request.LrType, request.WorkgroupId, request.AccessReason, request.Justification, request.Alert, user = actingUser,
        }, cancellationToken);

    public Task<SutAsyncView> ChangeStatusAsync(string nhsNumber, string lrId, string reasonCode, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutAsyncView>("/test-hook/lr/status-change", new { nhsNumber, lrId, reason = reasonCode, user = actingUser }, cancellationToken);

    public Task<SutAsyncView> ChangeMembershipAsync(
        bool add, string memberRoleProfileId, string memberUserId, string workgroupId, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutAsyncView>(add ? "/test-hook/lr/workgroup/add" : "/test-hook/lr/workgroup/remove",
            new { memberRoleProfileId, memberUserId, workgroupId, identifiedWorkgroupsOnly = true, user = actingUser }, cancellationToken);

    /// <summary>The longest a single outcome call may hold the hook, so a hook that serves one request at a time keeps serving other scenarios.</summary>
    public static readonly TimeSpan OutcomeSlice = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan PollPause = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Asks for the outcome in short waits (at most <see cref="OutcomeSlice"/> each) until it is no longer <c>pending</c> or
    /// <paramref name="wait"/> has passed on the run's clock: a long wait in one call would hold a hook that serves one
    /// request at a time away from every other scenario.
    /// </summary>
    public async Task<SutLrOutcome> OutcomeAsync(string conversationId, TimeSpan wait, CancellationToken cancellationToken)
    {
        var time = environment.Time;
        var until = time.GetUtcNow() + wait;
        while (true)
        {
            var remaining = until - time.GetUtcNow();
            var slice = remaining < OutcomeSlice ? remaining : OutcomeSlice;
            var seconds = Math.Max(0, (int)Math.Ceiling(slice.TotalSeconds));
            var outcome = await GetAsync<SutLrOutcome>($"/test-hook/lr/outcomes/{Uri.EscapeDataString(conversationId)}?waitSeconds={seconds}", cancellationToken);
            if (outcome.Outcome != "pending" || time.GetUtcNow() >= until)
            {
                return outcome;
            }

            // A hook that answers "pending" at once, ignoring waitSeconds, is asked again a little later rather than at once.
            await Task.Delay(PollPause, time, cancellationToken);
        }
    }

    public Task<SutQueryView> ConfirmAsync(string nhsNumber, bool history, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutQueryView>("/test-hook/lr/confirmation", new { nhsNumber, history, user = actingUser }, cancellationToken);

    public Task<SutQueryView> DetailsAsync(string nhsNumber, bool complete, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutQueryView>("/test-hook/lr/details", new { nhsNumber, complete, user = actingUser }, cancellationToken);

    public Task<SutQueryView> BatchConfirmAsync(IReadOnlyList<string> nhsNumbers, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutQueryView>("/test-hook/lr/batch-confirmation", new { nhsNumbers, user = actingUser }, cancellationToken);

    public Task<SutQueryView> RoleProfilesAsync(string userId, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutQueryView>("/test-hook/lr/user-role-profiles", new { userId, user = actingUser }, cancellationToken);

    public Task<SutQueryView> WorkgroupsAsync(IReadOnlyList<string> workgroupIds, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutQueryView>("/test-hook/lr/workgroup/members", new { workgroupIds, user = actingUser }, cancellationToken);

    public async Task<IReadOnlyList<SutSendAttempt>> SentAsync(CancellationToken cancellationToken) =>
        (await GetAsync<SentLog>("/test-hook/mhs/sent", cancellationToken)).Attempts;

    public async Task<IReadOnlyList<SutReceivedMessage>> ReceivedAsync(CancellationToken cancellationToken) =>
        (await GetAsync<ReceivedLog>("/test-hook/mhs/received", cancellationToken)).Messages;

    private async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        var hook = new Uri(await environment.SutBaseAddressAsync(), path);
        using var response = await http.GetAsync(hook, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The SUT's test hook {hook} answered {(int)response.StatusCode}: {text}");
        }

        return JsonSerializer.Deserialize<T>(text, Json) ?? throw new InvalidOperationException($"The SUT's test hook {hook} answered with no body.");
    }

    private sealed record SentLog(IReadOnlyList<SutSendAttempt> Attempts);

    private sealed record ReceivedLog(IReadOnlyList<SutReceivedMessage> Messages);

    private async Task<T> PostAsync<T>(string path, object body, CancellationToken cancellationToken)
    {
        var hook = new Uri(await environment.SutBaseAddressAsync(), path);
        using var response = await http.PostAsJsonAsync(hook, body, Json, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The SUT's test hook {hook} answered {(int)response.StatusCode}: {text}");
        }

        return JsonSerializer.Deserialize<T>(text, Json) ?? throw new InvalidOperationException($"The SUT's test hook {hook} answered with no body.");
    }
}
