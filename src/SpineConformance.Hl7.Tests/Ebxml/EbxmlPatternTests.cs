using SpineConformance.Hl7.Ebxml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Ebxml;

public sealed class EbxmlPatternTests
{
    [TestCase(EbxmlPattern.Express, false, null, null)]
    [TestCase(EbxmlPattern.Reliable, true, EbxmlConstants.ToPartyMshActor, true)]
    [TestCase(EbxmlPattern.ForwardReliable, true, EbxmlConstants.NextMshActor, false)]
    public void RequiredFlags_EachPattern_MatchesSpineTable(EbxmlPattern pattern, bool duplicateElimination, string? actor, bool? syncReply)
    {
        Assert.That(pattern.RequiredFlags(), Is.EqualTo(new EbxmlPatternFlags(duplicateElimination, actor, syncReply)));
    }

    [Test]
    public void WithPattern_ForwardReliable_SetsNextMshAndNoSyncReply()
    {
        var header = SampleEbxml.Header().WithPattern(EbxmlPattern.Reliable).WithPattern(EbxmlPattern.ForwardReliable);

        Assert.Multiple(() =>
        {
            Assert.That(header.DuplicateElimination, Is.True);
            Assert.That(header.AckRequested, Is.EqualTo(EbxmlAckRequested.NextMsh));
            Assert.That(header.SyncReply, Is.False);
        });
    }

    [Test]
    public void WithPattern_Express_DropsReliabilityAndKeepsSyncReplyAsTheMhsSendsIt()
    {
        var header = SampleEbxml.Header().WithPattern(EbxmlPattern.Reliable).WithPattern(EbxmlPattern.Express);

        Assert.Multiple(() =>
        {
            Assert.That(header.DuplicateElimination, Is.False);
            Assert.That(header.AckRequested, Is.Null);
            Assert.That(header.SyncReply, Is.True);
        });
    }

    [Test]
    public void MessageIdNew_SequentialSource_IsUpperCaseWithoutPrefix()
    {
        var id = EbxmlMessageId.New(new SequentialIdSource());

        Assert.Multiple(() =>
        {
            Assert.That(id, Is.EqualTo("ABCDEF00-0000-4000-8000-000000000001"));
            Assert.That(EbxmlMessageId.IsWellFormed(id), Is.True);
        });
    }

    [TestCase("abcdef00-0000-4000-8000-000000000001")]
    [TestCase("uuid:ABCDEF00-0000-4000-8000-000000000001")]
    [TestCase("ABCDEF00000040008000000000000001")]
    [TestCase("")]
    [TestCase(null)]
    public void MessageIdIsWellFormed_NotUpperCaseGuid_IsFalse(string? value)
    {
        Assert.That(EbxmlMessageId.IsWellFormed(value), Is.False);
    }

    [Test]
    public void TimestampFormat_OffsetInstant_IsUtcWithZ()
    {
        Assert.That(EbxmlTimestamp.Format(new DateTimeOffset(2026, 6, 1, 11, 30, 5, TimeSpan.FromHours(1))), Is.EqualTo("2026-06-01T10:30:05Z"));
    }
}
