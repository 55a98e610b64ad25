using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;

namespace SpineConformance.ReferenceSut.Defects;

/// <summary>
/// The seam where switched-on defects spoil a reliable ebXML message as the MHS writes it: the ebXML header and its
/// reliability elements, the HL7 payload (through <see cref="Hl7MessageDefects"/>) and the HTTP SOAPAction. With no defect
/// on, the message goes exactly as the LR client built it.
/// </summary>
internal static class EbxmlRequestDefects
{
    private static readonly (Defect Defect, Func<EbxmlHeader, EbxmlHeader> Spoil)[] HeaderSpoilers =
    [
        (DefectCatalogue.EbxmlMessageIdLowerCase, h => h with { MessageId = h.MessageId.ToLowerInvariant() }),

        // lrs → lrsquery, sds → sdsquery: the service of the synchronous queries beside them.
        (DefectCatalogue.EbxmlQueryService, h => h with { Service = h.Service + "query" }),
        (DefectCatalogue.EbxmlActionWithService, h => h with { Action = h.SoapAction }),
        (DefectCatalogue.AckRequestedMissing, h => h with { AckRequested = null }),
        (DefectCatalogue.DuplicateEliminationMissing, h => h with { DuplicateElimination = false }),
        (DefectCatalogue.SyncReplyMissing, h => h with { SyncReply = false }),
        (DefectCatalogue.EbxmlToOwnParty, h => h with { To = h.From }),
        (DefectCatalogue.CpaIdEmpty, h => h with { CpaId = string.Empty }),
    ];

    /// <summary>
    /// The message as sent (its header is what the MHS records and matches answers against) and its wire form, both
    /// spoiled by the switched-on defects in catalogue order. The caller's payload is left as it was.
    /// </summary>
    public static (EbxmlMessage Sent, EbxmlHttpMessage Wire) Write(DefectSwitches defects, EbxmlMessage message, DefectMemory? memory = null)
    {
        ArgumentNullException.ThrowIfNull(defects);
        ArgumentNullException.ThrowIfNull(message);
        var header = HeaderSpoilers.Where(s => defects.IsOn(s.Defect)).Aggregate(message.Header, (h, s) => s.Spoil(h));
        var payload = message.Payload is { } original ? new XDocument(original) : null;
        Hl7MessageDefects.Apply(defects, payload?.Root, memory);
        var sent = message with { Header = header, Payload = payload };
        var wire = EbxmlWriter.Write(sent);
        return (sent, defects.IsOn(DefectCatalogue.EbxmlSoapActionWithoutService) ? wire with { SoapAction = $"\"{header.Action}\"" } : wire);
    }
}
