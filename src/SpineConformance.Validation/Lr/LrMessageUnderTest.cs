using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// Makes a <see cref="MessageUnderTest"/> from an LR request as it arrived: a SOAP envelope (queries) or the HL7 payload of
/// an ebXML message (create, status change, workgroup add/remove), so both run through one <see cref="MessageValidator"/>.
/// </summary>
public static class LrMessageUnderTest
{
    /// <summary>
    /// The message, or <see langword="null"/> when <paramref name="action"/> (the SOAPAction, or the ebXML
    /// <c>Service/Action</c> joined by '/') names no LR request, or the document is empty.
    /// </summary>
    public static MessageUnderTest? From(XDocument document, string action)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (LrInteractions.Sync.FirstOrDefault(s => s.Action == action) is { } sync)
        {
            return SyncMessage.From(document) is { } message ? new MessageUnderTest(message, action, sync) : null;
        }

        if (LrInteractions.Async.FirstOrDefault(a => a.SoapAction == action) is { } async)
        {
            return SyncMessage.FromHl7Payload(document, action) is { } payload ? new MessageUnderTest(payload, action, StandIn(async)) : null;
        }

        return null;
    }

    // MessageUnderTest names a SyncInteraction; no rule reads it, so an async interaction rides in one with the same ids.
    private static SyncInteraction StandIn(AsyncInteraction interaction) =>
        new(interaction.InteractionId, interaction.Service, interaction.ResponseInteractionId, string.Empty, string.Empty, string.Empty);
}
