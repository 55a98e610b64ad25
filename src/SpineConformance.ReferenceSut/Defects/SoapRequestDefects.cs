using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.ReferenceSut.Defects;

/// <summary>
/// The seam where switched-on defects spoil a synchronous request just before it is posted: the HTTP SOAPAction and the
/// SOAP header here, then the HL7 message in the Body through <see cref="Hl7MessageDefects"/>. With no defect on, the
/// request goes exactly as the builders made it.
/// </summary>
internal static class SoapRequestDefects
{
    /// <summary>An ASID left over in a second setting (a test system's), so it no longer matches the body's.</summary>
    public const string StaleAsid = "918999198993";

    private static readonly XNamespace Soap = SpineNamespaces.Soap;
    private static readonly XNamespace Wsa = SpineNamespaces.Wsa;

    private static readonly (Defect Defect, Action<OnTheWire> Spoil)[] Spoilers =
    [
        (DefectCatalogue.SyncSoapActionWithoutService, r => r.SoapAction = r.Interaction.InteractionId),
        (DefectCatalogue.WsaToMissing, r => r.Header.Element(Wsa + "To")?.Remove()),
        (DefectCatalogue.WsaMessageIdWithoutPrefix, r =>
        {
            if (r.Header.Element(Wsa + "MessageID") is { } id)
            {
                id.Value = WsaMessageId.GuidPart(id.Value);
            }
        }),
        (DefectCatalogue.AsidsHeaderBodyDiffer, r => Hl7MessageDefects.DeviceId(r.Header, "communicationFunctionSnd")?.SetAttributeValue("extension", StaleAsid)),
        (DefectCatalogue.DeviceRootOds, r =>
        {
            foreach (var function in new[] { "communicationFunctionRcv", "communicationFunctionSnd" })
            {
                Hl7MessageDefects.DeviceId(r.Header, function)?.SetAttributeValue("root", LrIdentifiers.OdsOrganisationRoot);
            }
        }),
        (DefectCatalogue.AsidsSwapped, r => Hl7MessageDefects.SwapAsids(r.Header)),
    ];

    /// <summary>
    /// Applies the switched-on defects to <paramref name="envelope"/> (in place) and returns the SOAPAction to send:
    /// <paramref name="interaction"/>'s action unless a defect spoils it.
    /// </summary>
    public static string Apply(DefectSwitches defects, SyncInteraction interaction, XDocument envelope, DefectMemory? memory = null)
    {
        ArgumentNullException.ThrowIfNull(defects);
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(envelope);
        // The builders always write a header; a detached stand-in keeps the spoilers simple should one ever be missing.
        var request = new OnTheWire(interaction, envelope.Root?.Element(Soap + "Header") ?? new XElement(Soap + "Header"), interaction.Action);
        foreach (var (_, spoil) in Spoilers.Where(s => defects.IsOn(s.Defect)))
        {
            spoil(request);
        }

        if (defects.IsOn(DefectCatalogue.WsaMessageIdReused) && memory is not null && request.Header.Element(Wsa + "MessageID") is { } messageId)
        {
            messageId.Value = memory.FirstOf(DefectMemory.WsaMessageId, messageId.Value);
        }

        Hl7MessageDefects.Apply(defects, envelope.Root?.Element(Soap + "Body")?.Elements().FirstOrDefault(), memory);
        return request.SoapAction;
    }

    private sealed class OnTheWire(SyncInteraction interaction, XElement header, string soapAction)
    {
        public SyncInteraction Interaction { get; } = interaction;

        public XElement Header { get; } = header;

        public string SoapAction { get; set; } = soapAction;
    }
}
