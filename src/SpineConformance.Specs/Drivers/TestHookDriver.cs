using System.Net.Http.Json;
using System.Text.Json;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Drivers;

/// <summary>
/// Drives a SUT through its JSON test hook: <c>POST /test-hook/acs/get-permissions</c> with <c>{"nhsNumber": …}</c>
/// answered by <c>{"outcome", "view", "store", "message"}</c>.
/// </summary>
public sealed class TestHookDriver(SuiteEnvironment environment, HttpClient http) : ISutDriver
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SutPermissionsView> ViewPermissionsAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        var hook = new Uri(await environment.SutBaseAddressAsync(), "/test-hook/acs/get-permissions");
        using var response = await http.PostAsJsonAsync(hook, new { nhsNumber }, Json, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The SUT's test hook {hook} answered {(int)response.StatusCode}: {body}");
        }

        return JsonSerializer.Deserialize<SutPermissionsView>(body, Json)
            ?? throw new InvalidOperationException($"The SUT's test hook {hook} answered with no body.");
    }
}
