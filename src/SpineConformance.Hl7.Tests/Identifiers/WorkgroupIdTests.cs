using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Tests.Identifiers;

public sealed class WorkgroupIdTests
{
    [TestCase("1")]
    [TestCase("WG0000000001")]
    [TestCase("200000000001")]
    public void Parse_OneToTwelveCharacters_Succeeds(string text)
    {
        var result = WorkgroupId.Parse(text);

        Assert.That(result.Success, Is.True, result.Error);
        Assert.That(result.Value.Value, Is.EqualTo(text));
    }

    [Test]
    public void Parse_ThirteenCharacters_IsRefusedWithTheCount()
    {
        var result = WorkgroupId.Parse("WG00000000001");

        Assert.That(result.Error, Is.EqualTo("A workgroup id has 1 to 12 characters; 'WG00000000001' has 13."));
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase(null)]
    public void Parse_Empty_IsRefused(string? text) => Assert.That(WorkgroupId.Parse(text).Error, Does.Contain("required"));
}
