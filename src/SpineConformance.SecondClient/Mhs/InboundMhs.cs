using System.Collections.Concurrent;
using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using SpineConformance.SecondClient.Lr;
using SpineConformance.SecondClient.Spine;
using SpineConformance.SecondClient.Wire;

namespace SpineConformance.SecondClient.Mhs;

/// <summary>
/// This system's MHS endpoint for Spine's asynchronous replies: acknowledges every reliable message (a redelivered
/// copy too, since Spine resends until acknowledged), applies each MessageId once, and applies a reply only to the
/// conversation its RefToMessageId names.
/// </summary>
internal sealed class InboundMhs(Conversations conversations, MhsLogs logs, MessageStamps stamps, ReasonDisplay reasons, ILogger<InboundMhs> log)
{
    private readonly ConcurrentDictionary<string, byte> seen = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var (parts, problem) = MimePackage.Read(request.ContentType, buffer.ToArray());
        var envelope = problem is null ? HardenedXml.Load(parts[0]).Document : null;
        var header = envelope is null ? null : ReadHeader(envelope);
        if (header is null)
        {
            log.UnreadableInbound(problem ?? "no ebXML MessageHeader");
            return Results.BadRequest(problem ?? "The first MIME part holds no ebXML MessageHeader.");
        }

        var duplicate = !seen.TryAdd(header.MessageId, 0);
        var conversation = conversations.ConversationOf(header.RefToMessageId);
        var applied = false;
        string note;
        if (duplicate)
        {
            note = "a copy of a message already received: acknowledged again, not applied";
        }
        else if (conversation is null)
        {
            note = $"RefToMessageId {header.RefToMessageId ?? "(none)"} names no message this system sent: acknowledged, not applied";
        }
        else
        {
            var hl7 = parts.Count > 1 ? HardenedXml.Load(parts[1]).Document?.Root : null;
            var (outcome, lrId, message) = ReplyInterpreter.Interpret(hl7, reasons);
            conversations.Settle(conversation, outcome, lrId, message);
            applied = true;
            note = $"applied to conversation {conversation}: {outcome}";
        }

        logs.Received(new MhsReceivedMessage(header.MessageId, header.RefToMessageId, header.ConversationId, header.Service, header.Action,
            duplicate, conversation is not null, applied, "acknowledged", note, stamps.Now()));
        log.Received(header.Action, header.MessageId, header.RefToMessageId, note);

        var ack = EbxmlEnvelope.Acknowledgment(header, stamps.NewId(), stamps.EbxmlNow());
        return Results.Text(ack.Declaration + ack.ToString(SaveOptions.DisableFormatting), "text/xml; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status200OK);
    }

    private static ReceivedHeader? ReadHeader(XDocument envelope)
    {
        var header = envelope.Descendants().FirstOrDefault(e => e.Name.LocalName == "MessageHeader");
        if (header is null)
        {
            return null;
        }

        string Text(params string[] path)
        {
            IEnumerable<XElement> current = [header];
            foreach (var step in path)
            {
                current = current.Elements().Where(e => e.Name.LocalName == step);
            }

            return current.FirstOrDefault()?.Value.Trim() ?? string.Empty;
        }

        var refTo = Text("MessageData", "RefToMessageId");
        return new ReceivedHeader(Text("From", "PartyId"), Text("To", "PartyId"), Text("CPAId"), Text("ConversationId"), Text("Service"), Text("Action"),
            Text("MessageData", "MessageId"), refTo.Length == 0 ? null : refTo);
    }
}
