using SpineConformance.Hl7.Identifiers;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Identifiers;

public sealed class NhsNumberTests
{
    [TestCase("9434765919")]
    [TestCase("9000000009")]
    [TestCase("9449306680")]
    public void Parse_ValidCheckDigit_Succeeds(string text)
    {
        var result = NhsNumber.Parse(text);

        Assert.That(result.Success, Is.True, result.Error);
        Assert.That(result.Value.Value, Is.EqualTo(text));
    }

    [Test]
    public void Parse_WrongCheckDigit_NamesExpectedDigit()
    {
        var result = NhsNumber.Parse("9434765918");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error, Does.Contain("check digit is 8").And.Contain("Modulus 11 gives 9"));
    }

    [Test]
    public void Parse_CheckValueTen_IsRefused()
    {
        // Some nine-digit prefixes give a check value of 10; no tenth digit can make them valid.
        var firstNine = Enumerable.Range(0, 1_000_000).Select(i => $"100{i:D6}").First(s => NhsNumber.CheckDigitFor(s) is null);

        foreach (var digit in "0123456789")
        {
            Assert.That(NhsNumber.Parse(firstNine + digit).Error, Does.Contain("check value of 10"));
        }
    }

    [TestCase("", "empty")]
    [TestCase("943476591", "9 characters")]
    [TestCase("94347659190", "11 characters")]
    [TestCase("94347A5919", "only digits")]
    public void Parse_Malformed_SaysWhy(string text, string reason)
    {
        Assert.That(NhsNumber.Parse(text).Error, Does.Contain(reason));
    }

    [Test]
    public void CheckDigitFor_ElevenMeansZero()
    {
        Assert.That(NhsNumber.CheckDigitFor("944930668"), Is.EqualTo(0));
    }

    [Test]
    public void Value_OfFailedParse_ThrowsWithReason()
    {
        Assert.That(() => NhsNumber.Parse("123").Value, Throws.TypeOf<FormatException>().With.Message.Contains("10 digits"));
    }

    [Test]
    public void Some_NhsNumber_IsValidAndUnique()
    {
        var numbers = Enumerable.Range(0, 500).Select(_ => Some.NhsNumber().Value).ToList();

        Assert.That(numbers, Is.Unique);
        Assert.That(numbers, Has.All.Matches<string>(NhsNumber.IsValid));
        Assert.That(NhsNumber.IsValid(Some.NhsNumberWithWrongCheckDigit()), Is.False);
    }
}
