using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.State;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Drivers.Simulator;

/// <summary>
/// A simulator the tester started (standalone, or hosted for several suppliers), asked through its admin API
/// (<c>/admin/…</c>, with <c>X-Api-Key</c> when it requires one). Journal entries are read once each and kept, since an
/// entry never changes; a waiting step is woken by the journal's event stream.
/// </summary>
public sealed class AdminApiSimulatorControl : SimulatorControl, IDisposable
{
    public const string ApiKeyHeader = "X-Api-Key";

    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(30);

    // The stream wakes a waiting step at once; this bounds a wait when no event comes (a proxy that buffers, say).
    private static readonly TimeSpan RecheckAtLeastEvery = TimeSpan.FromSeconds(2);

    private static readonly JsonSerializerOptions Json = AdminJson.Options;

    private readonly HttpClient http;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<long, JournalEntry> entries = new();

    public AdminApiSimulatorControl(Uri baseAddress, string? apiKey, Func<Task> ready, TimeProvider time)
        : base(ready)
    {
        BaseAddress = baseAddress;
        this.time = time;
        http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (!string.IsNullOrEmpty(apiKey))
        {
            http.DefaultRequestHeaders.Add(ApiKeyHeader, apiKey);
        }
    }

    public override Uri BaseAddress { get; }

    public void Dispose() => http.Dispose();

    internal override async Task<Uri> StartAsync()
    {
        var (up, last) = await Patience.WaitForHealthAsync(time, http, new Uri("/healthcheck", UriKind.Relative), StartPatience);
        if (!up)
        {
            throw new InvalidOperationException(
                $"SimulatorUrl: the simulator did not answer at {BaseAddress}healthcheck within {StartPatience.TotalSeconds:0} s (last: {last}). " +
                "Start it first (dotnet run --project simulator/SpineConformance.Simulator -- --urls …), or set SimulatorMode=InProcess.");
        }

        using var admin = await http.GetAsync(new Uri("/admin/journal?limit=1", UriKind.Relative));
        return admin.StatusCode switch
        {
            HttpStatusCode.OK => BaseAddress,
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => throw new InvalidOperationException(
                $"SimulatorApiKey: the simulator at {BaseAddress} refused its admin API (HTTP {(int)admin.StatusCode}): set SimulatorApiKey to the key it was started with (--api-key)."),
            _ => throw new InvalidOperationException(
                $"SimulatorUrl: {BaseAddress} answers /healthcheck but not the simulator's admin API (/admin/journal: HTTP {(int)admin.StatusCode}). Is it a SpineConformance simulator?"),
        };
    }

    internal override async Task<DirectoryData> DirectoryAsync()
    {
        using var response = await http.GetAsync(new Uri("/admin/directory", UriKind.Relative));
        return await ReadAsync<DirectoryData>(response);
    }

    // One record at a time, so a hosted simulator's other suppliers keep theirs.
    internal override async Task RegisterAsync(SuiteDirectoryRecords records)
    {
        await PutAsync($"/admin/directory/organisations/{Uri.EscapeDataString(records.Organisation.OdsCode)}", records.Organisation);
        await PutAsync($"/admin/directory/systems/{Uri.EscapeDataString(records.System.Asid)}", records.System);
        foreach (var user in records.Users)
        {
            await PutAsync($"/admin/directory/users/{Uri.EscapeDataString(user.UserId)}", user);
        }

        await PutAsync($"/admin/directory/workgroups/{Uri.EscapeDataString(records.Workgroup.WorkgroupId)}", records.Workgroup);
    }

    private async Task PutAsync<T>(string path, T body)
    {
        using var response = await http.PutAsJsonAsync(new Uri(path, UriKind.Relative), body, Json);
        await EnsureAsync(response);
    }

    internal override ValueTask StopAsync() => ValueTask.CompletedTask;

    protected override async Task SeedAsync(PatientPermissions permissions, CancellationToken cancellationToken)
    {
        var body = PermissionsBody.From(permissions);
        using var response = await http.PutAsJsonAsync(PatientPath(permissions.NhsNumber), body, Json, cancellationToken);
        await EnsureAsync(response);
    }

    protected override async Task<PatientPermissions> HeldAsync(NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        var body = await GetAsync<PermissionsBody>(PatientPath(nhsNumber), cancellationToken);
        return new PatientPermissions(nhsNumber, Held(body.View), Held(body.Store));
    }

    protected override async Task<IReadOnlyList<PermissionChange>> PermissionHistoryAsync(NhsNumber nhsNumber, CancellationToken cancellationToken) =>
        await GetEveryPageAsync<PermissionChange>(new Uri(PatientPath(nhsNumber) + "/history", UriKind.Relative), cancellationToken);

    protected override async Task<IReadOnlyList<LegitimateRelationship>> RelationshipsOfAsync(string nhsNumber) =>
        await GetEveryPageAsync<LegitimateRelationship>(new Uri($"/admin/lr?nhsNumber={Uri.EscapeDataString(nhsNumber)}", UriKind.Relative));

    protected override async Task<IReadOnlyList<PrivacyAlert>> AllAlertsAsync() =>
        await GetEveryPageAsync<PrivacyAlert>(new Uri("/admin/alerts", UriKind.Relative));

    protected override async Task<FaultRule> AddRuleAsync(FaultRule rule)
    {
        using var response = await http.PostAsJsonAsync(new Uri("/admin/fault-rules", UriKind.Relative), rule, Json);
        return await ReadAsync<FaultRule>(response);
    }

    protected override async Task<long> LastJournalIdAsync()
    {
        using var response = await http.GetAsync(new Uri("/admin/journal?limit=1", UriKind.Relative));
        await EnsureAsync(response);
        return response.Headers.TryGetValues(AdminEndpoints.LastIdHeader, out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            ? last
            : throw new InvalidOperationException($"The simulator at {BaseAddress} sent no {AdminEndpoints.LastIdHeader} header: it is older than this suite.");
    }

    protected override async Task<IReadOnlyList<JournalEntry>> EntriesAsync(JournalFilter filter)
    {
        var query = new List<string> { $"after={filter.After.ToString(CultureInfo.InvariantCulture)}", $"limit={JournalQuery.MaxLimit}" };
        if (filter.NhsNumber is { } nhsNumber)
        {
            query.Add($"nhsNumber={Uri.EscapeDataString(nhsNumber)}");
        }

        if (filter.ConversationId is { } conversation)
        {
            query.Add($"conversationId={Uri.EscapeDataString(conversation)}");
        }

        if (filter.Direction is { } direction)
        {
            query.Add($"direction={direction}");
        }

        var found = new List<JournalEntry>();
        Uri? next = new($"/admin/journal?{string.Join('&', query)}", UriKind.Relative);
        while (next is not null)
        {
            using var response = await http.GetAsync(next);
            foreach (var summary in await ReadAsync<List<JournalSummary>>(response))
            {
                found.Add(entries.TryGetValue(summary.Id, out var known) ? known : await FetchAsync(summary.Id));
            }

            next = NextPage(response);
        }

        return found;
    }

    protected override async Task<bool> NewEntryAfterAsync(long mark, CancellationToken cancellationToken)
    {
        using var recheck = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        recheck.CancelAfter(RecheckAtLeastEvery);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/admin/journal/stream?after={mark.ToString(CultureInfo.InvariantCulture)}");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, recheck.Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(recheck.Token));
            while (await reader.ReadLineAsync(recheck.Token) is { } line)
            {
                if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return !cancellationToken.IsCancellationRequested;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
            // The step's own patience ran out, or it is time to look again anyway.
            return !cancellationToken.IsCancellationRequested;
        }
    }

    private async Task<JournalEntry> FetchAsync(long id)
    {
        var detail = await GetAsync<JournalDetail>(new Uri($"/admin/journal/{id}", UriKind.Relative));
        var request = await http.GetByteArrayAsync(new Uri($"/admin/journal/{id}/request", UriKind.Relative));
        var response = await http.GetByteArrayAsync(new Uri($"/admin/journal/{id}/response", UriKind.Relative));
        var s = detail.Summary;
        var entry = new JournalEntry(s.Id, s.ReceivedAt, TimeSpan.FromMilliseconds(s.DurationMs), s.Path, detail.SoapAction, s.InteractionId, s.StatusCode,
            request, response, new ValidationReport(detail.Findings))
        {
            NhsNumber = s.NhsNumber,
            SenderAsid = s.SenderAsid,
            WsaMessageId = detail.WsaMessageId,
            RequestContentType = detail.RequestContentType,
            Outcome = s.Outcome,
            Direction = Enum.Parse<ExchangeDirection>(s.Direction),
            ConversationId = s.ConversationId,
            EbxmlMessageId = detail.EbxmlMessageId,
            RefToMessageId = detail.RefToMessageId,
            Attempt = detail.Attempt,
        };
        return entries.GetOrAdd(id, entry);
    }

    private static Uri PatientPath(NhsNumber nhsNumber) => new($"/admin/patients/{nhsNumber.Value}/permissions", UriKind.Relative);

    private static AcsPermission? Held(string? value) => value switch
    {
        "Yes" => AcsPermission.Yes,
        "No" => AcsPermission.No,
        _ => null,
    };

    private async Task<T> GetAsync<T>(Uri path, CancellationToken cancellationToken = default)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return await ReadAsync<T>(response);
    }

    // The admin API's lists answer a page at a time and name the next page in a Link header (rel="next"); a simulator that
    // holds more than one page must still be read whole, or an alert or LR past the first page would be missed.
    private async Task<IReadOnlyList<T>> GetEveryPageAsync<T>(Uri path, CancellationToken cancellationToken = default)
    {
        var items = new List<T>();
        for (Uri? next = path; next is not null;)
        {
            using var response = await http.GetAsync(next, cancellationToken);
            items.AddRange(await ReadAsync<List<T>>(response));
            next = NextPage(response);
        }

        return items;
    }

    // Link: </admin/journal?…&before=12>; rel="next"
    private static Uri? NextPage(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var links))
        {
            return null;
        }

        foreach (var link in links.SelectMany(l => l.Split(',')))
        {
            var parts = link.Split(';', StringSplitOptions.TrimEntries);
            if (parts.Length > 1 && parts[0].StartsWith('<') && parts[0].EndsWith('>') && parts.Skip(1).Contains("rel=\"next\"", StringComparer.Ordinal))
            {
                return new Uri(parts[0][1..^1], UriKind.RelativeOrAbsolute);
            }
        }

        return null;
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        await EnsureAsync(response);
        return await response.Content.ReadFromJsonAsync<T>(Json)
            ?? throw new InvalidOperationException($"The simulator at {BaseAddress} answered {response.RequestMessage?.RequestUri} with an empty body.");
    }

    private async Task EnsureAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException(
                $"The simulator at {BaseAddress} answered {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} with HTTP {(int)response.StatusCode}: {body}");
        }
    }
}
