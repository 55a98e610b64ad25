using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Drivers;

/// <summary>
/// Drives a SUT through its JSON test hook (see the test-hook contract in the README):
/// <c>POST /test-hook/acs/get-permissions</c>, <c>/has-permissions</c> and <c>/set-permissions</c>.
/// </summary>
public sealed class TestHookDriver(SuiteEnvironment environment, HttpClient http) : ISutDriver
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Task<SutPermissionsView> ViewPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutPermissionsView>("/test-hook/acs/get-permissions", new { nhsNumber, user = actingUser }, cancellationToken);

    public Task<SutPermissionsView> CheckPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutPermissionsView>("/test-hook/acs/has-permissions", new { nhsNumber, user = actingUser }, cancellationToken);

    public Task<SutDecisionView> RecordDecisionAsync(string nhsNumber, SharingDecision decision, SutUser? actingUser, CancellationToken cancellationToken) =>
        PostAsync<SutDecisionView>("/test-hook/acs/set-permissions", new { nhsNumber, decision, user = actingUser }, cancellationToken);

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
