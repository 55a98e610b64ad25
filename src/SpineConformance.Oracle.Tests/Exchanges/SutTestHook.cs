using System.Net;
using System.Net.Http.Json;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>
/// The reference SUT's JSON test hook (<c>/test-hook/acs/...</c>): each call makes the SUT send one real message to
/// Spine. A hook answer other than 200 means no message went out, so it fails the case with the SUT's own words.
/// </summary>
public sealed class SutTestHook(HttpClient http)
{
    public Task GetPermissionsAsync(string nhsNumber) => PostAsync("/test-hook/acs/get-permissions", new { nhsNumber });

    public Task HasPermissionsAsync(string nhsNumber) => PostAsync("/test-hook/acs/has-permissions", new { nhsNumber });

    /// <param name="decision"><c>expressConsent</c>, <c>expressDissent</c> or <c>askForConsent</c>.</param>
    public Task SetPermissionsAsync(string nhsNumber, string decision) => PostAsync("/test-hook/acs/set-permissions", new { nhsNumber, decision });

    private async Task PostAsync(string route, object body)
    {
        using var response = await http.PostAsJsonAsync(new Uri(route, UriKind.Relative), body);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var text = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"POST {route} answered {(int)response.StatusCode} {response.StatusCode}, so the SUT sent nothing: {text}");
        }
    }
}
