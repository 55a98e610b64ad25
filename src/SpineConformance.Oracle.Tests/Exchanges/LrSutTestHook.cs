using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>
/// The reference SUT's LR test hook (<c>/test-hook/lr/...</c>). A sync query returns once Spine has answered. An async
/// request returns once Spine's business reply has reached the SUT's MHS, so the whole exchange is in the journal.
/// Anything else (a hook error, a request Spine did not accept, no reply in time) fails the case with the SUT's words.
/// </summary>
public sealed class LrSutTestHook(HttpClient http)
{
    /// <summary>How long the SUT is asked to wait for Spine's asynchronous reply.</summary>
    private const int ReplyWaitSeconds = 15;

    public Task<LrAsyncResult> CreateForUserAsync(string nhsNumber, string lrType, string? accessReason = null, string? justification = null, bool? alert = null) =>
        SendAsync("/test-hook/lr/create", new { nhsNumber, lrType, accessReason, justification, alert });

    public Task<LrAsyncResult> CreateForWorkgroupAsync(string nhsNumber, string lrType, string workgroupId) =>
        SendAsync("/test-hook/lr/create", new { nhsNumber, lrType, workgroupId });

    public Task<LrAsyncResult> ChangeStatusAsync(string nhsNumber, string lrId, string reason) =>
        SendAsync("/test-hook/lr/status-change", new { nhsNumber, lrId, reason });

    public Task<LrAsyncResult> AddToWorkgroupAsync(string memberRoleProfileId, string memberUserId, string workgroupId) =>
        SendAsync("/test-hook/lr/workgroup/add", new { memberRoleProfileId, memberUserId, workgroupId });

    public Task<LrAsyncResult> RemoveFromWorkgroupAsync(string memberRoleProfileId, string memberUserId, string workgroupId) =>
        SendAsync("/test-hook/lr/workgroup/remove", new { memberRoleProfileId, memberUserId, workgroupId });

    public Task<string> ConfirmationAsync(string nhsNumber, bool history) => QueryAsync("/test-hook/lr/confirmation", new { nhsNumber, history });

    public Task<string> DetailsAsync(string nhsNumber, bool complete) => QueryAsync("/test-hook/lr/details", new { nhsNumber, complete });

    public Task<string> BatchConfirmationAsync(params string[] nhsNumbers) => QueryAsync("/test-hook/lr/batch-confirmation", new { nhsNumbers });

    public Task<string> UserRoleProfilesAsync(string userId) => QueryAsync("/test-hook/lr/user-role-profiles", new { userId });

    public Task<string> WorkgroupMembersAsync(params string[] workgroupIds) => QueryAsync("/test-hook/lr/workgroup/members", new { workgroupIds });

    /// <summary>Creates an Active LR between the acting user and the patient, for a case that needs one first; returns its id.</summary>
    public async Task<string> CreatedLrIdAsync(string nhsNumber, string lrType, string? accessReason = null, string? justification = null)
    {
        var created = await CreateForUserAsync(nhsNumber, lrType, accessReason, justification);
        return created.Outcome == "created" && created.LrId is { Length: > 0 } lrId
            ? lrId
            : throw new InvalidOperationException($"Creating the LR this case needs first gave '{created.Outcome}': {created.Message}");
    }

    private async Task<LrAsyncResult> SendAsync(string route, object body)
    {
        using var accepted = await PostAsync(route, body);
        var outcome = accepted.RootElement.GetProperty("outcome").GetString();
        var conversationId = accepted.RootElement.GetProperty("conversationId").GetString();
        if (outcome != "accepted" || conversationId is null)
        {
            throw new InvalidOperationException($"POST {route}: the SUT's request was not accepted by Spine ({outcome}): {accepted.RootElement}");
        }

        var uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"/test-hook/lr/outcomes/{Uri.EscapeDataString(conversationId)}?waitSeconds={ReplyWaitSeconds}"), UriKind.Relative);
        using var response = await http.GetAsync(uri);
        using var result = await ReadOkAsync(response, $"GET {uri}");
        var business = result.RootElement.GetProperty("outcome").GetString() ?? string.Empty;
        var message = result.RootElement.GetProperty("message").GetString() ?? string.Empty;
        if (business == "pending")
        {
            throw new InvalidOperationException($"POST {route}: no reply from Spine reached the SUT within {ReplyWaitSeconds} s (conversation {conversationId}): {message}");
        }

        return new LrAsyncResult(conversationId, business, result.RootElement.GetProperty("lrId").GetString(), message);
    }

    private async Task<string> QueryAsync(string route, object body)
    {
        using var answer = await PostAsync(route, body);
        return answer.RootElement.GetProperty("outcome").GetString() ?? string.Empty;
    }

    private async Task<JsonDocument> PostAsync(string route, object body)
    {
        using var response = await http.PostAsJsonAsync(new Uri(route, UriKind.Relative), body);
        return await ReadOkAsync(response, $"POST {route}");
    }

    private static async Task<JsonDocument> ReadOkAsync(HttpResponseMessage response, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode} {response.StatusCode}, so the SUT sent nothing: {text}");
        }

        return JsonDocument.Parse(text);
    }
}

/// <summary>The business outcome of an async LR request as the SUT shows it (<c>created</c>, <c>spineError</c>, …).</summary>
public sealed record LrAsyncResult(string ConversationId, string Outcome, string? LrId, string Message);
