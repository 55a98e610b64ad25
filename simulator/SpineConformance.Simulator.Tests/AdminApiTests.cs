using System.Net.Http.Json;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests;

public sealed class AdminApiTests
{
    [Test]
    public async Task PutThenGetPermissions_RoundTrips_AndBadInputIsExplained()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var nhsNumber = Some.NhsNumber().Value;

        using var put = await http.PutAsJsonAsync($"/admin/patients/{nhsNumber}/permissions", new PermissionsBody(null, "No", "Ask"));
        var read = await http.GetFromJsonAsync<PermissionsBody>($"/admin/patients/{nhsNumber}/permissions");
        using var badNumber = await http.GetAsync(new Uri("/admin/patients/9434765918/permissions", UriKind.Relative));
        using var badValue = await http.PutAsJsonAsync($"/admin/patients/{nhsNumber}/permissions", new PermissionsBody(null, "Maybe", null));

        Assert.That((int)put.StatusCode, Is.EqualTo(200));
        Assert.That(read, Is.EqualTo(new PermissionsBody(nhsNumber, "No", "Ask")));
        Assert.That((int)badNumber.StatusCode, Is.EqualTo(400));
        Assert.That(await badNumber.Content.ReadAsStringAsync(), Does.Contain("check digit"));
        Assert.That(await badValue.Content.ReadAsStringAsync(), Does.Contain("'Maybe' is not a permission"));
    }
}
