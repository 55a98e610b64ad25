using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Simulator.Client;

namespace SpineConformance.Specs.Support;

/// <summary>
/// A request the system sent, read back from the simulator's journal: its HL7 message whichever transport carried it
/// (the interaction in a SOAP Body, or the HL7 payload of an ebXML message), so one check serves sync and async alike.
/// </summary>
public sealed record SentRequest(JournalEntry Entry, SyncMessage Message)
{
    /// <summary>Whether an ebXML message carried it (no SOAP header: the ASIDs are the wrapper's only).</summary>
    public bool IsEbxml => Entry.EbxmlMessageId is not null;

    /// <summary>The transport's message id: <c>wsa:MessageID</c> for SOAP, <c>eb:MessageId</c> for ebXML.</summary>
    public string? TransportMessageId => IsEbxml ? Entry.EbxmlMessageId : Message.MessageId;

    /// <summary>The request an inbound journal entry holds, or <see langword="null"/> with the reason when it holds none readable.</summary>
    public static (SentRequest? Request, string? Problem) TryRead(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.EbxmlMessageId is not null)
        {
            var read = EbxmlReader.Read(entry.RequestContentType, entry.RequestBody);
            var message = read.Message.Payload is { } payload ? SyncMessage.FromHl7Payload(payload, read.Message.Header.SoapAction) : null;
            return message is null ? (null, "the ebXML message carries no HL7 payload") : (new SentRequest(entry, message), null);
        }

        var loaded = HardenedXml.Load(entry.RequestBody);
        var envelope = loaded.Document is null ? null : SyncMessage.From(loaded.Document);
        return envelope is null ? (null, $"not a SOAP envelope: {loaded.Error}") : (new SentRequest(entry, envelope), null);
    }

    public static SentRequest Read(JournalEntry entry)
    {
        var (request, problem) = TryRead(entry);
        return request ?? throw new AssertionException($"The system's {entry.InteractionId ?? "request"} could not be read: {problem}.");
    }

    /// <summary>The HL7 message's elements, for searching identifier slots.</summary>
    public IEnumerable<XElement> Hl7Elements => Message.Interaction?.DescendantsAndSelf() ?? [];
}
