using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Time;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>
/// The receiving side of the SUT's MHS: checks each inbound ebXML message, acknowledges a reliable one on the HTTP
/// response (From/To swapped, RefToMessageId = its MessageId), answers a message it cannot accept with a MessageError,
/// hands each MessageId to the reply handler once within the persist duration, and records everything.
/// </summary>
public sealed class MhsInbound(
    IOptions<ReferenceSutOptions> options, TimeProvider time, IIdSource ids, MhsDuplicateStore duplicates, MhsReceivedLog log, MhsReplyHandler handler)
{
    public MhsInboundAnswer Receive(string? contentType, ReadOnlySpan<byte> body)
    {
        var mhs = options.Value.Mhs;
        var read = EbxmlReader.Read(contentType, body);
        var header = read.Message.Header;
        var errors = MhsInboundChecks.Errors(read, mhs.PartyKey);
        if (errors.Count > 0)
        {
            var error = EbxmlMessageError.For(header, EbxmlMessageId.New(ids), EbxmlTimestamp.Now(time), errors).ToHttp();
            Record(header, duplicate: false, MhsCorrelation.NotProcessed(string.Join("; ", errors.Select(e => e.Description))), "messageError");
            return new MhsInboundAnswer(200, error.Body, error.ContentType, error.SoapAction);
        }

        // A switched-on defect forgets every MessageId (no duplicate elimination) or never acknowledges.
        var defects = options.Value.SwitchedOnDefects();
        var first = defects.IsOn(DefectCatalogue.RedeliveredReplyProcessedAgain) || duplicates.TryFirstDelivery(header.MessageId, time.GetUtcNow(), mhs.PersistDuration);
        var correlation = first
            ? handler.Handle(read.Message)
            : MhsCorrelation.NotProcessed($"A duplicate of message {header.MessageId}, received within the persist duration: acknowledged again, not processed.");
        if (header.AckRequested is null || defects.IsOn(DefectCatalogue.ReplyNeverAcknowledged))
        {
            Record(header, !first, correlation, "accepted");
            return new MhsInboundAnswer(202, ReadOnlyMemory<byte>.Empty, null, null);
        }

        var ack = AcknowledgmentDefects.Spoil(defects, EbxmlAcknowledgment.For(header, EbxmlMessageId.New(ids), EbxmlTimestamp.Now(time)), header, ids).ToHttp();
        Record(header, !first, correlation, "acknowledgment");
        return new MhsInboundAnswer(200, ack.Body, ack.ContentType, ack.SoapAction);
    }

    private void Record(EbxmlHeader header, bool duplicate, MhsCorrelation correlation, string answer) =>
        log.Record(new MhsReceivedMessage(
            header.MessageId, header.RefToMessageId, header.ConversationId, header.Service, header.Action,
            duplicate, correlation.Correlated, correlation.Applied, answer, correlation.Note, EbxmlTimestamp.Now(time)));
}
