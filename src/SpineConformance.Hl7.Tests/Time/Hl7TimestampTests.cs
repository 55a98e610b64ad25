using SpineConformance.Hl7.Time;

namespace SpineConformance.Hl7.Tests.Time;

/// <summary>HL7 TS with and without an offset: written as Europe/London local time, read back as the same instant.</summary>
public sealed class Hl7TimestampTests
{
    private static readonly DateTimeOffset Summer = new(2025, 6, 1, 12, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Winter = new(2025, 12, 1, 12, 30, 0, TimeSpan.Zero);

    [Test]
    public void FormatWithOffset_InSummer_WritesLondonTimeAndPlusOneHour() =>
        Assert.That(Hl7Timestamp.FormatWithOffset(Summer), Is.EqualTo("20250601133000+0100"));

    [Test]
    public void FormatWithOffset_InWinter_WritesLondonTimeAndZeroOffset() =>
        Assert.That(Hl7Timestamp.FormatWithOffset(Winter), Is.EqualTo("20251201123000+0000"));

    [TestCase("20250601133000+0100")]
    [TestCase("20250601123000+0000")]
    [TestCase("20250601073000-0500")]
    [TestCase("20250601133000")]
    public void TryParseInstant_EachFormOfTheSameInstant_ReadsIt(string text)
    {
        Assert.That(Hl7Timestamp.TryParseInstant(text, out var instant), Is.True);
        Assert.That(instant, Is.EqualTo(Summer));
    }

    [Test]
    public void TryParseInstant_AFormatThenRead_IsTheSameInstant()
    {
        Assert.That(Hl7Timestamp.TryParseInstant(Hl7Timestamp.Format(Winter), out var plain), Is.True);
        Assert.That(Hl7Timestamp.TryParseInstant(Hl7Timestamp.FormatWithOffset(Winter), out var withOffset), Is.True);
        Assert.That((plain, withOffset), Is.EqualTo((Winter, Winter)));
    }

    [TestCase("")]
    [TestCase("2025-06-01T13:30:00")]
    [TestCase("20250601133000+01")]
    [TestCase("20250601133000*0100")]
    public void TryParseInstant_NotATimestamp_IsFalse(string text) =>
        Assert.That(Hl7Timestamp.TryParseInstant(text, out _), Is.False);
}
