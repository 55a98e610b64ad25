using SpineConformance.Validation.Comparison;

namespace SpineConformance.Validation.Tests.Comparison;

public sealed class PlaceholderTests
{
    [TestCase("${xmlunit.ignore}", "anything at all")]
    [TestCase("${xmlunit.ignore}", "")]
    [TestCase("${xmlunit.isNumber}", "42")]
    [TestCase("${xmlunit.isNumber}", "-3.5")]
    [TestCase("${xmlunit.isDateTime}", "2026-11-22T10:15:00Z")]
    [TestCase("${xmlunit.isDateTime(yyyyMMdd)}", "20261122")]
    [TestCase("${xmlunit.matchesRegex(^(View|Store)$)}", "Store")]
    [TestCase("${xmlunit.matchesRegex(^[0-9]{2}$)}", "04")]
    [TestCase("${spine.uuid}", "5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10")]
    [TestCase("${spine.uuid}", "5b7e8a52-3c1d-4e55-9b0f-6c2d8a1e4f10")]
    [TestCase("uuid:${spine.uuid}", "uuid:5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10")]
    [TestCase("${spine.hl7Timestamp}", "20261122101500")]
    [TestCase("${spine.hl7Timestamp}", "20261122101500.123")]
    [TestCase("${spine.hl7Timestamp}", "20261122101500+0100")]
    [TestCase("${spine.hl7Timestamp}", "20261122101500.5-0000")]
    public void Accepts_ValueOfItsKind_True(string template, string actual) =>
        Assert.That(Placeholder.Find(template)!.Accepts(actual), Is.True);

    [TestCase("${xmlunit.isNumber}", "forty-two")]
    [TestCase("${xmlunit.isDateTime}", "yesterday")]
    [TestCase("${xmlunit.isDateTime(yyyyMMdd)}", "2026-11-22")]
    [TestCase("${xmlunit.matchesRegex(^(View|Store)$)}", "Delete")]
    [TestCase("${xmlunit.matchesRegex(^[0-9]{2}$)}", "004")]
    [TestCase("${spine.uuid}", "uuid:5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10")]
    [TestCase("${spine.uuid}", "5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F1")]
    [TestCase("uuid:${spine.uuid}", "5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10")]
    [TestCase("uuid:${spine.uuid}", "urn:uuid:5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10")]
    [TestCase("${spine.hl7Timestamp}", "202611221015")]
    [TestCase("${spine.hl7Timestamp}", "20261322101500")]
    [TestCase("${spine.hl7Timestamp}", "20261122101500Z")]
    [TestCase("${spine.hl7Timestamp}", "20261122101500+2500")]
    [TestCase("${spine.hl7Timestamp}", "2026-11-22T10:15:00")]
    public void Accepts_ValueOfAnotherKind_False(string template, string actual) =>
        Assert.That(Placeholder.Find(template)!.Accepts(actual), Is.False);

    [Test]
    public void Find_LiteralValue_Null() => Assert.That(Placeholder.Find("9434765919"), Is.Null);

    [Test]
    public void Find_PrefixedPlaceholder_KeepsPrefixAndName()
    {
        var placeholder = Placeholder.Find("uuid:${spine.uuid}")!;

        Assert.Multiple(() =>
        {
            Assert.That(placeholder.Prefix, Is.EqualTo("uuid:"));
            Assert.That(placeholder.Name, Is.EqualTo(PlaceholderNames.Uuid));
            Assert.That(placeholder.ToString(), Is.EqualTo("uuid:${spine.uuid}"));
        });
    }
}
