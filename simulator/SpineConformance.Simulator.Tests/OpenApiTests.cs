using System.Text.Json;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Tests;

public sealed class OpenApiTests
{
    [Test]
    public async Task OpenApiDocument_DescribesSpineAndAdminEndpoints()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri("/admin/openapi.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(document.RootElement.GetProperty("info").GetProperty("title").GetString(), Is.EqualTo("SpineConformance Spine simulator"));
        Assert.That(paths, Is.SupersetOf(new[] { "/sync-service", "/reliablemessaging/reliablerequest", "/admin/journal", "/admin/fault-rules", "/admin/directory" }));
    }
}
