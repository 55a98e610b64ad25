using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Tests.Identifiers;

public sealed class LrIdTests
{
    [TestCase("1")]
    [TestCase("LR0000000000000001")]
    [TestCase("ABCDEFGHIJ0123456789")]
    public void Parse_OneToTwentyCharacters_Succeeds(string text)
    {
        var result = LrId.Parse(text);

        Assert.That(result.Success, Is.True, result.Error);
        Assert.That(result.Value.Value, Is.EqualTo(text));
    }

    [Test]
    public void Parse_TwentyOneCharacters_IsRefusedWithTheCount()
    {
        var result = LrId.Parse(new string('7', 21));

        Assert.That(result.Error, Does.Contain("1 to 20 characters").And.Contain("has 21"));
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase(null)]
    public void Parse_Empty_IsRefused(string? text) => Assert.That(LrId.Parse(text).Error, Does.Contain("required"));
}
