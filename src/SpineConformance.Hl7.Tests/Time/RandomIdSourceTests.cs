using System.Globalization;
using SpineConformance.Hl7.Time;

namespace SpineConformance.Hl7.Tests.Time;

public sealed class RandomIdSourceTests
{
    [Test]
    public void Ids_AreVersion4GuidsOfTheRfcVariant_AsTheirTextSays()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => RandomIdSource.Instance.NextId()).ToList();

        Assert.That(ids.Select(id => (id.Version, id.Variant >> 2)), Is.All.EqualTo((4, 0b10)), "version 4, variant 10xx");
        Assert.That(ids.Select(id => id.ToString("D", CultureInfo.InvariantCulture)), Has.All.Matches(@"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    }

    [Test]
    public void Ids_AreDistinct_AndEachOfTheirRandomBitsIsSetAboutHalfTheTime()
    {
        const int Count = 10_000;
        var ids = Enumerable.Range(0, Count).Select(_ => RandomIdSource.Instance.NextId()).ToList();
        var set = new int[128];
        foreach (var id in ids)
        {
            var bytes = id.ToByteArray(bigEndian: true);
            for (var bit = 0; bit < 128; bit++)
            {
                set[bit] += (bytes[bit / 8] >> (7 - (bit % 8))) & 1;
            }
        }

        // In the RFC's byte order, bits 48 to 51 are the version and 64 and 65 the variant; the other 122 are random.
        var random = Enumerable.Range(0, 128).Where(bit => bit is not (>= 48 and <= 51) and not (64 or 65)).ToList();
        Assert.That(ids.Distinct().Count(), Is.EqualTo(Count));
        Assert.That(random.Select(bit => set[bit]), Is.All.InRange(Count * 45 / 100, Count * 55 / 100),
            "each random bit set in 45 to 55 % of 10,000 ids (about ten standard deviations either side of half)");
    }
}
