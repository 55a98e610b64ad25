using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Tests.Identifiers;

public sealed class PartyKeyTests
{
    [TestCase("YES-0000806", "YES")]
    [TestCase("YEA-801248", "YEA")]
    [TestCase("A12345-0000101", "A12345")]
    public void Parse_OdsCodeHyphenNumber_Succeeds(string text, string odsCode)
    {
        var result = PartyKey.Parse(text);

        Assert.That(result.Success, Is.True, result.Error);
        Assert.That((result.Value.Value, result.Value.OdsCode), Is.EqualTo((text, odsCode)));
    }

    [TestCase("", "required")]
    [TestCase("   ", "required")]
    [TestCase("YES0000806", "no hyphen")]
    [TestCase("YES-0000-806", "2 hyphens")]
    [TestCase("-0000806", "starts with ''")]
    [TestCase("Y S-0000806", "starts with 'Y S'")]
    [TestCase("YES-", "ends with ''")]
    [TestCase("YES-00008O6", "ends with '00008O6'")]
    public void Parse_Malformed_IsRefusedSayingWhy(string text, string reason)
    {
        var result = PartyKey.Parse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain(reason));
    }

    [Test]
    public void From_Malformed_ThrowsWithTheReason() =>
        Assert.That(() => PartyKey.From("party-key-default"), Throws.TypeOf<FormatException>().With.Message.Contains("2 hyphens"));
}
