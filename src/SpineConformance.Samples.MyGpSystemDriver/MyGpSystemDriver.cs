using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using SpineConformance.Drivers;

namespace SpineConformance.Samples.MyGpSystemDriver;

/// <summary>
/// MyGP's driver: each business action the suite asks for, done through MyGP's own API, answered with what MyGP then
/// shows its user. Against the reference SUT, "MyGP's API" is the reference SUT's test hook; a real supplier replaces
/// the three calls below with their system's own (REST, a message queue, a database seeded for the test: whatever their
/// system offers). Only the ACS actions are needed for ACS features; implement <see cref="ISutLrDriver"/> the same way
/// for the LR features.
/// </summary>
public sealed class MyGpSystemDriver(SuiteEnvironment environment, HttpClient http) : ISutDriver
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public Task<SutPermissionsView> ViewPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutPermissionsView>("/test-hook/acs/get-permissions", new { nhsNumber, user = actingUser }, cancellationToken);

    public Task<SutPermissionsView> CheckPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutPermissionsView>("/test-hook/acs/has-permissions", new { nhsNumber, user = actingUser }, cancellationToken);

    public Task<SutDecisionView> RecordDecisionAsync(string nhsNumber, SharingDecision decision, SutUser? actingUser, CancellationToken cancellationToken) =>
        CallAsync<SutDecisionView>("/test-hook/acs/set-permissions", new { nhsNumber, decision, user = actingUser }, cancellationToken);

    private async Task<T> CallAsync<T>(string path, object body, CancellationToken cancellationToken)
    {
        var address = new Uri(await environment.SutBaseAddressAsync(), path);
        using var response = await http.PostAsJsonAsync(address, body, Json, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new InvalidOperationException($"MyGP answered {path} with no body.");
    }
}
