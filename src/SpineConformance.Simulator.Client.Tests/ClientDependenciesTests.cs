using SpineConformance.Simulator.Client;

namespace SpineConformance.Simulator.Client.Tests;

/// <summary>The client package can be referenced from any test project or tool: no ASP.NET, no test framework, no simulator.</summary>
public sealed class ClientDependenciesTests
{
    [Test]
    public void ClientAssembly_References_NeitherAspNetNorATestFrameworkNorTheSimulator()
    {
        var referenced = typeof(SpineSimulatorClient).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.That(referenced.Where(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)), Is.Empty);
        Assert.That(referenced.Where(n => n.StartsWith("nunit", StringComparison.OrdinalIgnoreCase)), Is.Empty);
        Assert.That(referenced, Has.None.EqualTo("SpineConformance.Simulator"));
        Assert.That(referenced, Does.Contain("SpineConformance.Hl7"), "the client's documents use the HL7 identifiers");
    }
}
