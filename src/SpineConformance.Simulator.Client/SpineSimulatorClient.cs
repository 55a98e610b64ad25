using System.Net.Http.Json;
using System.Text.Json;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// A typed client of the simulator's admin API (<c>/admin/…</c>): seed and read patients' permissions, LRs, the SDS
/// directory and fault rules; list, read and wait on the journal; reset state; look at the outbox. Every non-success
/// answer throws <see cref="SpineSimulatorException"/> naming the request, the status and the simulator's explanation.
/// </summary>
/// <remarks>
/// The client does not own the <see cref="HttpClient"/> it is given; <see cref="Create"/> makes one it does own, disposed
/// with the client. Journal entries never change once written, so each is fetched once and kept.
/// </remarks>
public sealed partial class SpineSimulatorClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = AdminJson.Options;

    private readonly HttpClient http;
    private readonly bool ownsHttp;

    /// <summary>A client over <paramref name="http"/>, whose <see cref="HttpClient.BaseAddress"/> is the simulator's root.</summary>
    public SpineSimulatorClient(HttpClient http)
        : this(http, ownsHttp: false)
    {
    }

    private SpineSimulatorClient(HttpClient http, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(http);
        this.http = http;
        this.ownsHttp = ownsHttp;
        BaseAddress = http.BaseAddress ?? throw new ArgumentException("The HttpClient needs a BaseAddress: the simulator's root, e.g. http://127.0.0.1:5000/.", nameof(http));
    }

    /// <summary>The simulator's root address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>
    /// A client of the simulator at <paramref name="baseAddress"/>, sending <paramref name="apiKey"/> as <c>X-Api-Key</c> when
    /// the simulator was started with one.
    /// </summary>
    public static SpineSimulatorClient Create(Uri baseAddress, string? apiKey = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (!string.IsNullOrEmpty(apiKey))
        {
            http.DefaultRequestHeaders.Add(AdminHeaders.ApiKey, apiKey);
        }

        return new SpineSimulatorClient(http, ownsHttp: true);
    }

    /// <summary>Whether the simulator answers <c>/healthcheck</c> with success (false when it is down or unreachable).</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/healthcheck", UriKind.Relative), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>Forgets one patient, one client system or everything, as <paramref name="request"/> says; the directory stays.</summary>
    public Task<ResetSummary> ResetAsync(ResetRequest request, CancellationToken cancellationToken = default) =>
        PostAsync<ResetRequest, ResetSummary>(new Uri("/admin/reset", UriKind.Relative), request, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    private async Task<T> GetAsync<T>(Uri path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    private async Task<TResult> PutAsync<TBody, TResult>(Uri path, TBody body, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(path, body, Json, cancellationToken);
        return await ReadAsync<TResult>(response, cancellationToken);
    }

    private async Task<TResult> PostAsync<TBody, TResult>(Uri path, TBody body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, Json, cancellationToken);
        return await ReadAsync<TResult>(response, cancellationToken);
    }

    private async Task DeleteAsync(Uri path, CancellationToken cancellationToken)
    {
        using var response = await http.DeleteAsync(path, cancellationToken);
        await EnsureSuccessAsync(response, cancellationToken);
    }

    // The admin API's lists answer a page at a time and name the next page in a Link header (rel="next"); a list is read
    // whole, or an alert or LR past the first page would be missed.
    private async Task<IReadOnlyList<T>> GetEveryPageAsync<T>(Uri path, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        for (Uri? next = path; next is not null;)
        {
            using var response = await http.GetAsync(next, cancellationToken);
            items.AddRange(await ReadAsync<List<T>>(response, cancellationToken));
            next = AdminPaging.NextPage(response);
        }

        return items;
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new InvalidOperationException($"The simulator at {BaseAddress} answered {response.RequestMessage?.RequestUri} with an empty body.");
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var request = response.RequestMessage;
        throw new SpineSimulatorException(request?.Method ?? HttpMethod.Get, request?.RequestUri, response.StatusCode, ProblemOf(body), body);
    }

    private static ProblemDetailsBody? ProblemOf(string body)
    {
        try
        {
            return body.TrimStart().StartsWith('{') && JsonSerializer.Deserialize<ProblemDetailsBody>(body, Json) is { Title: not null } problem ? problem : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
