using System.Net;
using System.Text.Json;
using SpineConformance.Simulator.Access;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Tenants;

/// <summary>
/// Issue 20: the console's live stream and its login, with a tenant's key, carry only that tenant's own exchanges.
/// </summary>
[Category("robustness")]
public sealed class TenantConsoleTests
{
    [Test]
    public async Task JournalStream_WithATenantsKey_ReplaysAndSendsOnlyItsOwnExchanges()
    {
        await using var tenants = await TwoTenants.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await tenants.GetFromAsync(TwoTenants.AsidB, Some.NhsNumber().Value);
        var earlierA = Some.NhsNumber().Value;
        await tenants.GetFromAsync(TwoTenants.AsidA, earlierA);
        using var http = new HttpClient { BaseAddress = tenants.Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/journal/stream");
        request.Headers.Add(AdminAccessConstants.HeaderName, tenants.IssuedA.ApiKey);
        request.Headers.TryAddWithoutValidation("Last-Event-ID", "0");

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var replayed = await NextEntryAsync(reader, timeout.Token);
        // B's exchange comes first: were it sent to A, it would arrive before A's.
        await tenants.GetFromAsync(TwoTenants.AsidB, Some.NhsNumber().Value);
        var laterA = Some.NhsNumber().Value;
        await tenants.GetFromAsync(TwoTenants.AsidA, laterA);
        var live = await NextEntryAsync(reader, timeout.Token);

        Assert.That((replayed.GetProperty("senderAsid").GetString(), replayed.GetProperty("nhsNumber").GetString()), Is.EqualTo((TwoTenants.AsidA, earlierA)));
        Assert.That((live.GetProperty("senderAsid").GetString(), live.GetProperty("nhsNumber").GetString()), Is.EqualTo((TwoTenants.AsidA, laterA)));
    }

    [Test]
    public async Task ConsoleLogin_WithATenantsKey_SignsInAsThatTenant()
    {
        await using var tenants = await TwoTenants.StartAsync();
        await tenants.GetFromAsync(TwoTenants.AsidB, Some.NhsNumber().Value);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var http = new HttpClient(handler) { BaseAddress = tenants.Host.BaseAddress };

        using var login = await http.PostAsync(new Uri(AdminAccessConstants.LoginPath, UriKind.Relative),
            new FormUrlEncodedContent([KeyValuePair.Create(AdminAccessConstants.LoginField, tenants.IssuedA.ApiKey)]));
        var journal = await http.GetStringAsync(new Uri("/admin/journal", UriKind.Relative));
        using var tenantsList = await http.GetAsync(new Uri("/admin/tenants", UriKind.Relative));

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.SeeOther));
        Assert.That(JsonDocument.Parse(journal).RootElement.EnumerateArray().Select(e => e.GetProperty("senderAsid").GetString()), Does.Not.Contain(TwoTenants.AsidB));
        Assert.That(tenantsList.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the session is the tenant's, not the operator's");
    }

    private static async Task<JsonElement> NextEntryAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(line[5..]).RootElement.Clone();
            }
        }

        throw new EndOfStreamException("The journal stream ended before an entry arrived.");
    }
}
