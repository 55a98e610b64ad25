using System.Text;
using NUnit.Framework;
using SpineConformance.Validation.Captured;

namespace MyGpSystem.SpineTests;

/// <summary>The validator inside a supplier's own tests: check a message their system wrote, with Spine's rules.</summary>
public sealed class ValidationInMyTests
{
    private static readonly string Captured = Path.Combine(AppContext.BaseDirectory, "messages", "get-resource-permissions.xml");

    [Test]
    public void ACapturedGet_PassesSpinesRules()
    {
        // README: Validation
        var check = CapturedMessageValidator.Validate(CapturedMessage.ReadFile(Captured));
        Assert.That(check.IsValid, Is.True, check.ToString());

        MessageAssert.IsValid(File.ReadAllBytes(Captured));   // or this: throws with every finding listed
        // README: end
    }

    [Test]
    public void AGetWithABadNhsNumber_FailsNamingTheRule()
    {
        var broken = File.ReadAllText(Captured).Replace("9000000009", "9000000001", StringComparison.Ordinal);

        var failure = Assert.Throws<MessageInvalidException>(() => MessageAssert.IsValid(Encoding.UTF8.GetBytes(broken)));

        Assert.That(failure!.Message, Does.Contain("ACS-GET-NHS-NUMBER"));
    }
}
