using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Tenants;

/// <summary>
/// One simulator shared by two organisations and its operator: tenant A owns the seeded directory's client system
/// (<see cref="SampleRequests.SenderAsid"/>), tenant B a second system registered beside it at an organisation of its own.
/// Each has a client with its own key, as a supplier's CI run would.
/// </summary>
internal sealed class TwoTenants : IAsyncDisposable
{
    public const string OperatorKey = "operator-key-for-the-hosted-simulator";
    public const string AsidA = SampleRequests.SenderAsid;
    public const string AsidB = "200000000202";
    public const string OdsB = "B12345";

    private TwoTenants(SpineSimulatorHost host, SpineSimulatorClient operatorClient)
    {
        Host = host;
        Operator = operatorClient;
    }

    public SpineSimulatorHost Host { get; }

    public SpineSimulatorClient Operator { get; }

    public SpineSimulatorClient A { get; private set; } = null!;

    public SpineSimulatorClient B { get; private set; } = null!;

    public TenantKeyIssued IssuedA { get; private set; } = null!;

    public TenantKeyIssued IssuedB { get; private set; } = null!;

    public static async Task<TwoTenants> StartAsync(IDictionary<string, string?>? settings = null, Func<IDictionary<string, string?>, Task<SpineSimulatorHost>>? start = null)
    {
        var all = new Dictionary<string, string?> { ["Simulator:AdminApiKey"] = OperatorKey };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = start is null ? await SpineSimulatorHost.StartAsync(all) : await start(all);
        var tenants = new TwoTenants(host, SpineSimulatorClient.Create(host.BaseAddress, OperatorKey));
        tenants.IssuedA = await tenants.Operator.CreateTenantAsync(new TenantRequest("Supplier A", [AsidA]));
        tenants.IssuedB = await tenants.Operator.CreateTenantAsync(new TenantRequest("Supplier B", [AsidB], ["B12345-0000202"]));
        tenants.A = SpineSimulatorClient.Create(host.BaseAddress, tenants.IssuedA.ApiKey);
        tenants.B = SpineSimulatorClient.Create(host.BaseAddress, tenants.IssuedB.ApiKey);

        // Tenant B registers its own system, then its organisation: the organisation is its own because its system serves it.
        var seeded = (await tenants.Operator.GetDirectoryAsync()).Systems.Single(s => s.Asid == AsidA);
        await tenants.B.PutSystemAsync(seeded with { Asid = AsidB, PartyKey = "B12345-0000202", CpaId = "S200000000202", OdsCode = OdsB, MhsEndpoint = null });
        await tenants.B.PutOrganisationAsync(new Organisation(OdsB, "Supplier B's test practice"));
        return tenants;
    }

    /// <summary>Sends an ACS Get for <paramref name="nhsNumber"/> from <paramref name="asid"/>; returns the HTTP status and body.</summary>
    public async Task<(int Status, string Text)> GetFromAsync(string asid, string nhsNumber)
    {
        var outgoing = SampleRequests.Outgoing($"uuid:{Guid.NewGuid()}") with { SenderAsid = asid };
        using var client = new SimulatorClient(Host.BaseAddress);
        var (status, _, text) = await client.PostAsync(SampleRequests.Get(nhsNumber, outgoing), BrokenGetRequests.GetAction);
        return (status, text);
    }

    public async ValueTask DisposeAsync()
    {
        Operator.Dispose();
        A?.Dispose();
        B?.Dispose();
        await Host.DisposeAsync();
    }
}
