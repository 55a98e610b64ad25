using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Sync;

/// <summary>What every synchronous answer carries besides its content: new message ids, the time, and who it answers.</summary>
internal sealed class SyncResponseContexts(TimeProvider time, IIdSource ids, IOptions<SimulatorOptions> options)
{
    public ResponseContext For(SyncMessage message) => new(
        WsaMessageId.New(ids),
        WsaMessageId.UpperGuid(ids.NextId()),
        Hl7Timestamp.Format(time.GetUtcNow()),
        message.MessageId ?? string.Empty,
        message.Hl7Id ?? string.Empty,
        message.HeaderSenderAsid ?? message.BodySenderAsid ?? string.Empty,
        options.Value.SpineAsid);
}
