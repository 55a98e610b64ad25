using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpineConformance.Drivers.Web;

/// <summary>
/// Drives a system's web pages in Chromium, as a clinician would, through a <see cref="PageMap"/>. One per scenario:
/// the scenario's actions use its own browser pages, never another scenario's (a second page when two of its actions
/// run at once, as two clinicians would). Acting as another user is the page map's <c>actAs</c> action before the
/// action, and the page's session is cleared after it.
/// </summary>
public sealed partial class PlaywrightDriver(SuiteEnvironment environment, PageMapFile pageMap, ChromiumPool pool) : ISutDriver, ISutLrDriver, IAsyncDisposable
{
    private static readonly TimeSpan ResultPatience = TimeSpan.FromSeconds(45);
    private static readonly string[] RequestOutcomes = ["accepted", "refused", "failed"];

    private readonly Lock gate = new();
    private readonly List<IPage> leased = [];
    private readonly Stack<IPage> free = new();

    public async Task<SutPermissionsView> ViewPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        TestHookJson.Convert<SutPermissionsView>(await PerformAsync("viewPermissions", new() { ["nhsNumber"] = nhsNumber }, actingUser));

    public async Task<SutPermissionsView> CheckPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        TestHookJson.Convert<SutPermissionsView>(await PerformAsync("checkPermissions", new() { ["nhsNumber"] = nhsNumber }, actingUser));

    public async Task<SutDecisionView> RecordDecisionAsync(string nhsNumber, SharingDecision decision, SutUser? actingUser, CancellationToken cancellationToken) =>
        TestHookJson.Convert<SutDecisionView>(await PerformAsync(
            "recordDecision", new() { ["nhsNumber"] = nhsNumber, ["decision"] = TestHookJson.Name(decision) }, actingUser));

    public Task<SutAsyncView> RequestCreateAsync(SutLrCreate request, SutUser? actingUser, CancellationToken cancellationToken) =>
        RequestAsync("requestLr", new()
        {
            ["nhsNumber"] = request.NhsNumber, ["lrType"] = request.LrType, ["workgroupId"] = request.WorkgroupId, ["accessReason"] = request.AccessReason,
            ["justification"] = request.Justification, ["alert"] = request.Alert == true ? "true" : "false",
        }, actingUser);

    public Task<SutAsyncView> ChangeStatusAsync(string nhsNumber, string lrId, string reasonCode, SutUser? actingUser, CancellationToken cancellationToken) =>
        RequestAsync("changeLrStatus", new() { ["nhsNumber"] = nhsNumber, ["lrId"] = lrId, ["reason"] = reasonCode }, actingUser);

    public Task<SutAsyncView> ChangeMembershipAsync(
        bool add, string memberRoleProfileId, string memberUserId, string workgroupId, SutUser? actingUser, CancellationToken cancellationToken) =>
        RequestAsync(add ? "addToWorkgroup" : "removeFromWorkgroup",
            new() { ["memberRoleProfileId"] = memberRoleProfileId, ["memberUserId"] = memberUserId, ["workgroupId"] = workgroupId }, actingUser);

    /// <summary>Opens the outcome page until it shows more than "pending", or <paramref name="wait"/> passes.</summary>
    public async Task<SutLrOutcome> OutcomeAsync(string conversationId, TimeSpan wait, CancellationToken cancellationToken)
    {
        JsonObject shown = [];
        var outcome = "failed";
        await Patience.WaitAsync(environment.Time, wait, TimeSpan.FromMilliseconds(250), async () =>
        {
            shown = await PerformAsync("lrOutcome", new() { ["conversationId"] = conversationId }, actingUser: null);
            outcome = (string?)shown["outcome"] ?? "failed";
            return outcome != "pending";
        }, cancellationToken);
        return new SutLrOutcome(conversationId, null, outcome, (string?)shown["lrId"], (string?)shown["message"] ?? string.Empty);
    }

    public Task<SutQueryView> ConfirmAsync(string nhsNumber, bool history, SutUser? actingUser, CancellationToken cancellationToken) =>
        QueryAsync("confirmLr", new() { ["nhsNumber"] = nhsNumber, ["history"] = Flag(history) }, actingUser);

    public Task<SutQueryView> DetailsAsync(string nhsNumber, bool complete, SutUser? actingUser, CancellationToken cancellationToken) =>
        QueryAsync("lrDetails", new() { ["nhsNumber"] = nhsNumber, ["complete"] = Flag(complete) }, actingUser);

    public Task<SutQueryView> BatchConfirmAsync(IReadOnlyList<string> nhsNumbers, SutUser? actingUser, CancellationToken cancellationToken) =>
        QueryAsync("batchConfirmLr", new() { ["nhsNumbers"] = string.Join('\n', nhsNumbers) }, actingUser);

    public Task<SutQueryView> RoleProfilesAsync(string userId, SutUser? actingUser, CancellationToken cancellationToken) =>
        QueryAsync("userRoleProfiles", new() { ["userId"] = userId }, actingUser);

    public Task<SutQueryView> WorkgroupsAsync(IReadOnlyList<string> workgroupIds, SutUser? actingUser, CancellationToken cancellationToken) =>
        QueryAsync("workgroupMembers", new() { ["workgroupIds"] = string.Join(' ', workgroupIds) }, actingUser);

    public async Task<IReadOnlyList<SutSendAttempt>> SentAsync(CancellationToken cancellationToken) =>
        TestHookJson.Convert<List<SutSendAttempt>>((await PerformAsync("mhsSent", [], actingUser: null))["list"]!);

    public async Task<IReadOnlyList<SutReceivedMessage>> ReceivedAsync(CancellationToken cancellationToken) =>
        TestHookJson.Convert<List<SutReceivedMessage>>((await PerformAsync("mhsReceived", [], actingUser: null))["list"]!);

    // The container disposes this once per service it was resolved as (the driver, ISutDriver, ISutLrDriver); each
    // page must go back to the pool once only, or two scenarios would share it.
    public async ValueTask DisposeAsync()
    {
        List<IPage> pages;
        lock (gate)
        {
            pages = [.. leased];
            leased.Clear();
            free.Clear();
        }

        foreach (var page in pages)
        {
            await pool.ReturnAsync(page);
        }
    }

    // A page that waits for Spine's reply shows the reply's outcome; the contract's first answer is then "accepted".
    private async Task<SutAsyncView> RequestAsync(string action, Dictionary<string, string?> parameters, SutUser? actingUser)
    {
        var shown = await PerformAsync(action, parameters, actingUser);
        var outcome = (string?)shown["outcome"] ?? "failed";
        var replied = (string?)shown["stage"] is { } stage ? stage == "reply" : !RequestOutcomes.Contains(outcome);
        return new SutAsyncView(replied ? "accepted" : outcome, (string?)shown["conversationId"], (string?)shown["messageId"], (string?)shown["message"] ?? string.Empty);
    }

    private async Task<SutQueryView> QueryAsync(string action, Dictionary<string, string?> parameters, SutUser? actingUser) =>
        TestHookJson.Convert<SutQueryView>(await PerformAsync(action, parameters, actingUser));

    private async Task<JsonObject> PerformAsync(string action, Dictionary<string, string?> parameters, SutUser? actingUser)
    {
        var page = await TakePageAsync();
        try
        {
            if (actingUser is null)
            {
                return await DoAsync(page, action, parameters);
            }

            try
            {
                await DoAsync(page, "actAs", new() { ["roleProfileId"] = actingUser.RoleProfileId, ["userId"] = actingUser.UserId, ["jobRole"] = actingUser.JobRole });
                return await DoAsync(page, action, parameters);
            }
            finally
            {
                // Back to the logged-in user: the session is the cookies.
                await page.Context.ClearCookiesAsync();
            }
        }
        finally
        {
            lock (gate)
            {
                free.Push(page);
            }
        }
    }

    private async Task<IPage> TakePageAsync()
    {
        lock (gate)
        {
            if (free.TryPop(out var page))
            {
                return page;
            }
        }

        var another = await pool.LeaseAsync(await environment.SutBaseAddressAsync());
        lock (gate)
        {
            leased.Add(another);
        }

        return another;
    }

    private async Task<JsonObject> DoAsync(IPage page, string name, Dictionary<string, string?> parameters)
    {
        var action = pageMap.Map.Action(name);
        string Fill(string template, bool escape = false) => Placeholder().Replace(template, m =>
            parameters.GetValueOrDefault(m.Groups[1].Value) is { } value ? (escape ? Uri.EscapeDataString(value) : value) : string.Empty);

        if (action.Open is { } open)
        {
            await page.GotoAsync(Fill(open, escape: true), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        }

        foreach (var (selector, value) in action.Fill)
        {
            await page.Locator(Fill(selector)).FillAsync(Fill(value));
        }

        foreach (var (selector, value) in action.Select)
        {
            await page.Locator(Fill(selector)).SelectOptionAsync(Fill(value));
        }

        foreach (var (selector, value) in action.Check)
        {
            await page.Locator(Fill(selector)).SetCheckedAsync(Fill(value) == "true");
        }

        foreach (var selector in action.Click)
        {
            await page.Locator(Fill(selector)).ClickAsync();
        }

        if (action.Submit is { } submit)
        {
            await page.Locator(Fill(submit)).ClickAsync();
        }

        if (action.WaitFor is { } waitFor)
        {
            try
            {
                await page.Locator(Fill(waitFor)).First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)ResultPatience.TotalMilliseconds });
            }
            catch (TimeoutException)
            {
                var text = await page.Locator("body").InnerTextAsync();
                throw new InvalidOperationException(
                    $"Page map action '{name}': the page {page.Url} never showed '{waitFor}' within {ResultPatience.TotalSeconds:0} s. The page said: {Excerpt(text)}");
            }
        }

        var shown = new JsonObject();
        foreach (var (field, spec) in action.Read)
        {
            shown[field] = await ValueAsync(page.Locator("html"), field, spec, name);
        }

        // A result is read only when the system shows one, as the contract has it.
        if (action.Result.Count > 0 && (string?)shown["outcome"] == "shown")
        {
            var result = new JsonObject();
            foreach (var (field, spec) in action.Result)
            {
                result[field] = spec.Rows is { } rows ? await RowsAsync(page, rows, spec.Fields, name) : await ValueAsync(page.Locator("html"), field, spec.AsValue(), name);
            }

            shown["result"] = result;
        }

        if (action.List is { } list)
        {
            shown["list"] = await RowsAsync(page, list.Rows, list.Fields, name);
        }

        return shown;
    }

    private async Task<JsonArray> RowsAsync(IPage page, string rows, Dictionary<string, ReadSpec> fields, string action)
    {
        var found = page.Locator(rows);
        var array = new JsonArray();
        for (var i = 0; i < await found.CountAsync(); i++)
        {
            var row = new JsonObject();
            foreach (var (field, spec) in fields)
            {
                row[field] = await ValueAsync(found.Nth(i), field, spec, action, withinRow: true);
            }

            array.Add(row);
        }

        return array;
    }

    private async Task<JsonNode?> ValueAsync(ILocator scope, string field, ReadSpec spec, string action, bool withinRow = false)
    {
        var element = spec.Selector is { } selector ? scope.Locator(selector).First : withinRow ? scope : scope.Locator(":root");
        if (await element.CountAsync() == 0)
        {
            return spec.Optional
                ? null
                : throw new InvalidOperationException($"Page map action '{action}': no element '{spec.Selector}' for '{field}' on the page.");
        }

        var text = spec.Attribute is { } attribute ? await element.GetAttributeAsync(attribute) : (await element.InnerTextAsync()).Trim();
        if (text is null || (spec.Optional && text.Length == 0))
        {
            return null;
        }

        if (spec.Pattern is { } pattern && Regex.Match(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } match && match.Groups.Count > 1)
        {
            text = match.Groups[1].Value;
        }

        text = pageMap.Map.Word(field, text);
        return spec.Type switch
        {
            "boolean" => text switch { "true" => JsonValue.Create(true), "false" => JsonValue.Create(false), _ => null },
            "number" => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : null,
            _ => JsonValue.Create(text),
        };
    }

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Excerpt(string text)
    {
        var flat = Regex.Replace(text, @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1)).Trim();
        return flat.Length <= 400 ? flat : flat[..400] + "…";
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
