using SpineConformance.Reporting.Evidence;

namespace SpineConformance.Reporting.Tests.Evidence;

/// <summary>
/// Whoever reads a bundle (the evidence command, an assessor's own tool) needs neither a test framework nor the Allure
/// writer: the evidence assembly references only the runtime.
/// </summary>
public sealed class EvidenceDependenciesTests
{
    [Test]
    public void EvidenceAssembly_References_NoTestFrameworkAndNotTheAllureWriter()
    {
        var referenced = typeof(EvidenceBundle).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.That(referenced.Where(n => n.StartsWith("nunit", StringComparison.OrdinalIgnoreCase)), Is.Empty);
        Assert.That(referenced.Where(n => n.StartsWith("SpineConformance", StringComparison.Ordinal)), Is.Empty, "the bundle stands alone");
    }
}
