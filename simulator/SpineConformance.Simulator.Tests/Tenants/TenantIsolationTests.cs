using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpineConformance.Simulator.Access;
using SpineConformance.Simulator.Client;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Tenants;

/// <summary>
/// Issue 20, "Organisations see only their own": two tenants and the operator on one simulator. Each tenant sees only its
/// own journal, outbox and fault rules, is refused another's by id with a 403 that reads the same whether or not the id
/// exists, and its fault rules never fire on the other's traffic; the operator sees everything.
/// </summary>
[Category("robustness")]
public sealed class TenantIsolationTests
{
    private TwoTenants tenants = null!;
    private long entryA;
    private long entryB;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        tenants = await TwoTenants.StartAsync();
        var mark = await tenants.Operator.GetJournalMarkAsync();
        await tenants.GetFromAsync(TwoTenants.AsidA, Some.NhsNumber().Value);
        await tenants.GetFromAsync(TwoTenants.AsidB, Some.NhsNumber().Value);
        var both = await tenants.Operator.GetJournalAsync(new JournalFilter(mark));
        entryA = both.Single(e => e.SenderAsid == TwoTenants.AsidA).Id;
        entryB = both.Single(e => e.SenderAsid == TwoTenants.AsidB).Id;
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await tenants.DisposeAsync();

    [Test]
    public async Task Journal_EachTenantListsOnlyItsOwnSystemsExchanges_AndTheOperatorListsBoth()
    {
        var seenByA = await tenants.A.GetJournalAsync(new JournalFilter());
        var seenByB = await tenants.B.GetJournalAsync(new JournalFilter());
        var seenByOperator = await tenants.Operator.GetJournalAsync(new JournalFilter());

        Assert.That(seenByA.Select(e => e.Id), Does.Contain(entryA).And.Not.Contain(entryB));
        Assert.That(seenByA.Select(e => e.SenderAsid).Distinct(), Is.EqualTo(new[] { TwoTenants.AsidA }));
        Assert.That(seenByB.Select(e => e.Id), Does.Contain(entryB).And.Not.Contain(entryA));
        Assert.That(seenByB.Select(e => e.TenantId).Distinct(), Is.EqualTo(new long?[] { tenants.IssuedB.Tenant.Id }), "the owner is recorded on the entry");
        Assert.That(seenByOperator.Select(e => e.Id), Does.Contain(entryA).And.Contain(entryB));
    }

    [TestCase("/admin/journal/{0}")]
    [TestCase("/admin/journal/{0}/request")]
    [TestCase("/admin/journal/{0}/response")]
    [TestCase("/admin/journal/{0}/view")]
    public async Task AnotherTenantsJournalEntry_AndOneThatDoesNotExist_Are403WithTheSameReason(string path)
    {
        using var http = Http(tenants.IssuedA.ApiKey);

        var others = await ProblemAsync(http, HttpMethod.Get, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, entryB));
        var missing = await ProblemAsync(http, HttpMethod.Get, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, 987_654_321));
        using var own = await http.GetAsync(new Uri(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, entryA), UriKind.Relative));

        Assert.That(others.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(missing.Status, Is.EqualTo(HttpStatusCode.Forbidden), "a missing id answers as another's does, so existence never leaks");
        Assert.That(others.Title, Is.EqualTo("Not this tenant's").And.EqualTo(missing.Title));
        Assert.That(others.Detail, Does.Contain($"Journal entry {entryB}").And.Contain("Supplier A").And.Contain(TwoTenants.AsidA));
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task TheOperator_ReadsEitherTenantsEntry_AndGets404ForOneThatDoesNotExist()
    {
        using var http = Http(TwoTenants.OperatorKey);

        using var b = await http.GetAsync(new Uri($"/admin/journal/{entryB}", UriKind.Relative));
        var missing = await ProblemAsync(http, HttpMethod.Get, "/admin/journal/987654321");

        Assert.That(b.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(missing.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task FaultRules_ReadByIdOnlyByTheirTenantAndTheOperator_AnotherTenantGets403WhetherOrNotTheIdExists()
    {
        var rule = await tenants.B.AddFaultRuleAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = "206", NhsNumber = Some.NhsNumber().Value });
        using var httpA = Http(tenants.IssuedA.ApiKey);
        using var httpB = Http(tenants.IssuedB.ApiKey);
        using var httpOperator = Http(TwoTenants.OperatorKey);
        try
        {
            var others = await ProblemAsync(httpA, HttpMethod.Get, $"/admin/fault-rules/{rule.Id}");
            var missing = await ProblemAsync(httpA, HttpMethod.Get, "/admin/fault-rules/987654321");
            var operatorMissing = await ProblemAsync(httpOperator, HttpMethod.Get, "/admin/fault-rules/987654321");
            var own = await httpB.GetFromJsonAsync<FaultRule>(new Uri($"/admin/fault-rules/{rule.Id}", UriKind.Relative), AdminJson.Options);
            var byOperator = await httpOperator.GetFromJsonAsync<FaultRule>(new Uri($"/admin/fault-rules/{rule.Id}", UriKind.Relative), AdminJson.Options);

            Assert.That((others.Status, missing.Status), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
            Assert.That(others.Title, Is.EqualTo("Not this tenant's").And.EqualTo(missing.Title));
            Assert.That(others.Detail, Does.Contain($"Fault rule {rule.Id}").And.Contain("Supplier A"));
            Assert.That(operatorMissing.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((own?.Id, own?.NhsNumber, byOperator?.Id), Is.EqualTo((rule.Id, rule.NhsNumber, rule.Id)));
        }
        finally
        {
            await tenants.B.RemoveFaultRuleAsync(rule.Id);
        }
    }

    [Test]
    public async Task FaultRules_ATenantsRuleIsListedOnlyForIt_RemovableOnlyByIt_AndFiresOnlyOnItsOwnTraffic()
    {
        var patient = Some.NhsNumber().Value;
        var rule = await tenants.B.AddFaultRuleAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = "206", NhsNumber = patient });
        using var httpA = Http(tenants.IssuedA.ApiKey);

        var listedByA = await tenants.A.GetFaultRulesAsync();
        var listedByOperator = await tenants.Operator.GetFaultRulesAsync();
        var removeOthers = await ProblemAsync(httpA, HttpMethod.Delete, $"/admin/fault-rules/{rule.Id}");
        var removeMissing = await ProblemAsync(httpA, HttpMethod.Delete, "/admin/fault-rules/987654321");
        using (var removeAll = await httpA.DeleteAsync(new Uri("/admin/fault-rules", UriKind.Relative)))
        {
            Assert.That(removeAll.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var (statusA, textA) = await tenants.GetFromAsync(TwoTenants.AsidA, patient);
        var (statusB, textB) = await tenants.GetFromAsync(TwoTenants.AsidB, patient);

        Assert.That(rule.TenantId, Is.EqualTo(tenants.IssuedB.Tenant.Id));
        Assert.That(listedByA.Select(r => r.Id), Does.Not.Contain(rule.Id));
        Assert.That(listedByOperator.Select(r => r.Id), Does.Contain(rule.Id));
        Assert.That(removeOthers.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(removeMissing.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(removeOthers.Title, Is.EqualTo(removeMissing.Title));
        Assert.That((await tenants.B.GetFaultRulesAsync()).Select(r => r.Id), Does.Contain(rule.Id), "A's 'remove all' removed only A's rules");
        Assert.That(statusA, Is.EqualTo(200), "B's rule does not fire on A's request for the same patient");
        Assert.That(textA, Does.Not.Contain("Fault>"));
        Assert.That(statusB, Is.EqualTo(500), "B's rule fires on B's own request");
        Assert.That(textB, Does.Contain("Fault>").And.Contain("206"));
        await tenants.B.RemoveFaultRuleAsync(rule.Id);
    }

    [Test]
    public async Task Directory_ATenantSeesAndEditsOnlyItsOwnSystemsAndOrganisations()
    {
        using var httpA = Http(tenants.IssuedA.ApiKey);

        var seenByB = await tenants.B.GetDirectoryAsync();
        var othersSystem = await ProblemAsync(httpA, HttpMethod.Get, $"/admin/directory/systems/{TwoTenants.AsidB}");
        var missingSystem = await ProblemAsync(httpA, HttpMethod.Get, "/admin/directory/systems/299999999999");
        var othersOrganisation = await ProblemAsync(httpA, HttpMethod.Get, $"/admin/directory/organisations/{TwoTenants.OdsB}");
        var replaceAll = await ProblemAsync(httpA, HttpMethod.Put, "/admin/directory", new DirectoryData());

        Assert.That(seenByB.Systems.Select(s => s.Asid), Is.EqualTo(new[] { TwoTenants.AsidB }));
        Assert.That(seenByB.Organisations.Select(o => o.OdsCode), Is.EqualTo(new[] { TwoTenants.OdsB }));
        Assert.That(seenByB.Users, Is.Empty, "the seeded users are at organisations B does not serve");
        Assert.That((othersSystem.Status, missingSystem.Status, othersOrganisation.Status),
            Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
        Assert.That(replaceAll.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(replaceAll.Title, Is.EqualTo("Operator only"));
    }

    [Test]
    public async Task Tenants_AreManagedWithTheOperatorKeyOnly_AndNoAnswerEverHoldsAKeyOrItsHash()
    {
        using var httpA = Http(tenants.IssuedA.ApiKey);
        using var httpOperator = Http(TwoTenants.OperatorKey);

        var byTenant = await ProblemAsync(httpA, HttpMethod.Get, "/admin/tenants");
        var listed = await httpOperator.GetStringAsync(new Uri("/admin/tenants", UriKind.Relative));

        Assert.That(byTenant.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byTenant.Title, Is.EqualTo("Operator only"));
        Assert.That(listed, Does.Contain("Supplier A").And.Contain("Supplier B"));
        foreach (var issued in new[] { tenants.IssuedA, tenants.IssuedB })
        {
            Assert.That(listed, Does.Not.Contain(issued.ApiKey).And.Not.Contain(TenantKeys.Sha256(issued.ApiKey)));
        }
    }

    [Test]
    public async Task AWrongKey_IsStill401()
    {
        using var http = Http(tenants.IssuedA.ApiKey + "x");

        var answer = await ProblemAsync(http, HttpMethod.Get, "/admin/journal");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(answer.Title, Is.EqualTo("Wrong API key"));
    }

    private HttpClient Http(string key)
    {
        var http = new HttpClient { BaseAddress = tenants.Host.BaseAddress };
        http.DefaultRequestHeaders.Add(AdminAccessConstants.HeaderName, key);
        return http;
    }

    private static async Task<(HttpStatusCode Status, string? Title, string? Detail)> ProblemAsync(HttpClient http, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!text.TrimStart().StartsWith('{'))
        {
            return (response.StatusCode, null, null);
        }

        using var json = JsonDocument.Parse(text);
        string? Read(string name) => json.RootElement.TryGetProperty(name, out var value) ? value.GetString() : null;
        return (response.StatusCode, Read("title"), Read("detail"));
    }
}
