using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Time;

namespace SpineConformance.ReferenceSut.Defects;

/// <summary>The seam where switched-on defects spoil the ebXML Acknowledgment the MHS sends back for a reliable reply.</summary>
internal static class AcknowledgmentDefects
{
    public static EbxmlAcknowledgment Spoil(DefectSwitches defects, EbxmlAcknowledgment ack, EbxmlHeader acknowledged, IIdSource ids)
    {
        ArgumentNullException.ThrowIfNull(defects);
        ArgumentNullException.ThrowIfNull(ack);
        ArgumentNullException.ThrowIfNull(acknowledged);
        if (defects.IsOn(DefectCatalogue.AckRefToRequest) && acknowledged.RefToMessageId is { } request)
        {
            // The reply's RefToMessageId is at hand and looks right: it is the id this system knows.
            ack = ack with { Header = ack.Header with { RefToMessageId = request }, RefToMessageId = request };
        }

        if (defects.IsOn(DefectCatalogue.AckNewConversation))
        {
            ack = ack with { Header = ack.Header with { ConversationId = EbxmlMessageId.New(ids) } };
        }

        return ack;
    }
}
