using System.Net.Http.Json;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Robustness.Issue15;

/// <summary>The paged admin lists refuse a page they cannot read, as the journal does, instead of answering the first page.</summary>
[Category("robustness")]
public sealed class ListPagingQueryTests
{
    [TestCase("/admin/outbox", "after=latest", "after 'latest' is not an id from this list (a whole number from 0).")]
    [TestCase("/admin/outbox", "after=-3", "after '-3' is not an id from this list")]
    [TestCase("/admin/alerts", "after=x", "after 'x' is not an id from this list")]
    [TestCase("/admin/patients/{nhs}/permissions/history", "after=first", "after 'first' is not an id from this list")]
    [TestCase("/admin/outbox", "limit=ten", "limit 'ten' must be a whole number from 1 to 1000.")]
    [TestCase("/admin/patients", "limit=-1", "limit '-1' must be a whole number from 1 to 1000.")]
    public async Task ABadPageParameter_Is400_NamingIt(string path, string query, string expected)
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await http.GetAsync(new Uri($"{path.Replace("{nhs}", Some.NhsNumber().Value, StringComparison.Ordinal)}?{query}", UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetailsBody>();
        Assert.That(problem!.Detail, Is.EqualTo(expected).Or.StartWith(expected));
    }
}
