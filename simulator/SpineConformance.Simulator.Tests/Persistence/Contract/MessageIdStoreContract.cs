using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Async;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// What every store of ebXML message ids seen must do: give back the answer remembered for an id until its persist
/// duration ends, let one caller at a time claim an id for processing, forget them all on request, cancel, and (when it
/// persists) remember across a reopen.
/// </summary>
public abstract class MessageIdStoreContract : StoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ReliableMessageId First = ReliableMessageId.From("9F1E3A4C-0000-4000-8000-000000000001");
    private static readonly AsyncHttpAnswer Acknowledged = new(202, "multipart/related; boundary=\"--=_MIME-Boundary\"", [0x3c, 0x00, 0xff], "acknowledged");

    [Test]
    public async Task AnIdNeverSeen_HasNoAnswer()
    {
        Assert.That(await Stores.MessageIds.FindAsync(First, Now, None), Is.Null);
    }

    [Test]
    public async Task ARememberedId_GivesBackTheAnswer_UntilItsPersistDurationEnds()
    {
        await Stores.MessageIds.RememberAsync(First, Acknowledged with { PayloadReport = Validation.Findings.ValidationReport.Empty }, Now.AddMinutes(5), Now, None);

        var within = await Stores.MessageIds.FindAsync(First, Now.AddMinutes(4), None);
        var after = await Stores.MessageIds.FindAsync(First, Now.AddMinutes(5), None);

        Assert.That(within?.Body, Is.EqualTo(Acknowledged.Body));
        Assert.That(within! with { Body = Acknowledged.Body }, Is.EqualTo(Acknowledged), "status, content type and outcome; the findings stay with the first exchange");
        Assert.That(after, Is.Null);
        Assert.That(await Stores.MessageIds.FindAsync(ReliableMessageId.From("9F1E3A4C-0000-4000-8000-000000000002"), Now, None), Is.Null);
    }

    [Test]
    public async Task RememberingAgain_ReplacesAnIdWhoseTimeHadPassed()
    {
        await Stores.MessageIds.RememberAsync(First, Acknowledged, Now.AddMinutes(1), Now, None);
        await Stores.MessageIds.RememberAsync(First, Acknowledged with { Outcome = "second" }, Now.AddMinutes(12), Now.AddMinutes(2), None);

        Assert.That((await Stores.MessageIds.FindAsync(First, Now.AddMinutes(10), None))?.Outcome, Is.EqualTo("second"));
    }

    [Test]
    public async Task AClaimedId_HasNoAnswer_AndCannotBeClaimedAgain_UntilTheClaimRunsOut()
    {
        Assert.That(await Stores.MessageIds.TryClaimAsync(First, Now.AddSeconds(15), Now, None), Is.True);

        Assert.That(await Stores.MessageIds.FindAsync(First, Now.AddSeconds(1), None), Is.Null, "a claim is not an answer");
        Assert.That(await Stores.MessageIds.TryClaimAsync(First, Now.AddSeconds(16), Now.AddSeconds(1), None), Is.False, "the claim still holds");
        Assert.That(await Stores.MessageIds.TryClaimAsync(First, Now.AddSeconds(30), Now.AddSeconds(15), None), Is.True, "a claim that ran out unanswered is taken over");
    }

    [Test]
    public async Task RememberingAClaimedId_ReplacesTheClaimWithTheAnswer()
    {
        await Stores.MessageIds.TryClaimAsync(First, Now.AddSeconds(15), Now, None);

        await Stores.MessageIds.RememberAsync(First, Acknowledged, Now.AddMinutes(5), Now, None);

        Assert.That((await Stores.MessageIds.FindAsync(First, Now.AddMinutes(1), None))?.Body, Is.EqualTo(Acknowledged.Body));
        Assert.That(await Stores.MessageIds.TryClaimAsync(First, Now.AddMinutes(2), Now.AddMinutes(1), None), Is.False, "an answered id is not claimed while remembered");
        Assert.That(await Stores.MessageIds.TryClaimAsync(First, Now.AddMinutes(6), Now.AddMinutes(5), None), Is.True, "once forgotten it is new again");
    }

    [Test]
    public async Task ReleasingAClaim_LetsTheNextCopyClaimIt_ButLeavesAnAnswerAlone()
    {
        var second = ReliableMessageId.From("9F1E3A4C-0000-4000-8000-000000000002");
        await Stores.MessageIds.TryClaimAsync(First, Now.AddSeconds(15), Now, None);
        await Stores.MessageIds.RememberAsync(second, Acknowledged, Now.AddMinutes(5), Now, None);

        await Stores.MessageIds.ReleaseAsync(First, None);
        await Stores.MessageIds.ReleaseAsync(second, None);

        Assert.That(await Stores.MessageIds.TryClaimAsync(First, Now.AddSeconds(16), Now.AddSeconds(1), None), Is.True);
        Assert.That((await Stores.MessageIds.FindAsync(second, Now.AddSeconds(1), None))?.Outcome, Is.EqualTo(Acknowledged.Outcome));
    }

    [Test]
    public async Task ManyCopiesClaimingAtOnce_OneGetsTheClaim()
    {
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Stores.MessageIds.TryClaimAsync(First, Now.AddSeconds(15), Now, None))));

        Assert.That(claims.Count(won => won), Is.EqualTo(1));
    }

    [Test]
    public async Task ForgetAll_ForgetsEveryId_AndCountsThem()
    {
        await Stores.MessageIds.RememberAsync(First, Acknowledged, Now.AddMinutes(5), Now, None);
        await Stores.MessageIds.RememberAsync(ReliableMessageId.From("M-2"), Acknowledged, Now.AddMinutes(5), Now, None);

        Assert.That(await Stores.MessageIds.ForgetAllAsync(None), Is.EqualTo(2));
        Assert.That(await Stores.MessageIds.FindAsync(First, Now, None), Is.Null);
    }

    [Test]
    public async Task ACancelledToken_IsRefused_AndRemembersNothing()
    {
        Assert.That(() => Stores.MessageIds.RememberAsync(First, Acknowledged, Now.AddMinutes(5), Now, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.MessageIds.FindAsync(First, Now, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await Stores.MessageIds.FindAsync(First, Now, None), Is.Null);
    }

    [Test]
    public async Task Reopen_RemembersTheAnswer_WhenTheStoragePersists()
    {
        await Stores.MessageIds.RememberAsync(First, Acknowledged, Now.AddMinutes(5), Now, None);

        await ReopenAsync();

        Assert.That((await Stores.MessageIds.FindAsync(First, Now.AddMinutes(1), None))?.Body, Is.EqualTo(Stores.Persists ? Acknowledged.Body : null));
    }
}
