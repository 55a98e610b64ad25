using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Testing;
using SpineConformance.Validation.Comparison;

namespace SpineConformance.Validation.Tests.Comparison;

/// <summary>The ebXML envelopes of the async LR requests (<c>features/expected/ebxml</c>), compared in the same MIME package as their HL7 part.</summary>
public sealed class EbxmlEnvelopeTemplatesTests
{
    private static readonly Lazy<ExpectedMessages> Envelopes = new(() => ExpectedMessages.Load(Path.Combine(AppContext.BaseDirectory, "expected", "ebxml")));

    private static readonly Dictionary<string, string> Parties = new()
    {
        ["partyKey"] = SampleEbxml.ClientPartyKey,
        ["spinePartyKey"] = SampleEbxml.SpinePartyKey,
    };

    private static EbxmlHttpMessage Wire(AsyncInteraction interaction, Func<EbxmlHeader, EbxmlHeader>? change = null)
    {
        var message = SampleEbxml.Reliable(LrSampleRequests.Create(), interaction.Service, interaction.InteractionId);
        return EbxmlWriter.Write(message with { Header = (change ?? (h => h))(message.Header) });
    }

    [Test]
    public void Load_Folder_OneEnvelopePerAsyncRequest() =>
        Assert.That(Envelopes.Value.InteractionIds, Is.EquivalentTo(LrInteractions.Async.Select(a => a.InteractionId)));

    [Test]
    public void Compare_ReliableRequestOfEachInteraction_NoDifferences()
    {
        var results = LrInteractions.Async.Select(a =>
        {
            var wire = Wire(a);
            return MessageComparison.Compare(Envelopes.Value.For(a.InteractionId), wire.Body.Span, Parties, wire.ContentType);
        });

        Assert.That(results.Where(r => r.HasDifferences).Select(r => r.ToReport()), Is.Empty);
    }

    [Test]
    public void Compare_LowerCaseMessageIdAndNoAckRequested_DifferenceForEach()
    {
        var wire = Wire(LrInteractions.RequestCreateLr, h => h with { MessageId = h.MessageId.ToLowerInvariant(), AckRequested = null });

        var result = MessageComparison.Compare(Envelopes.Value.For(LrInteractions.RequestCreateLrId), wire.Body.Span, Parties, wire.ContentType);

        Assert.That(result.Differences.Select(d => (d.Description, d.XPath)), Is.EquivalentTo(new[]
        {
            ("Text differs", "/SOAP-ENV:Envelope[1]/SOAP-ENV:Header[1]/eb:MessageHeader[1]/eb:MessageData[1]/eb:MessageId[1]/text()[1]"),
            ("Missing element", "/SOAP-ENV:Envelope[1]/SOAP-ENV:Header[1]/eb:AckRequested[1]"),
        }), result.ToReport());
    }
}
