using System.Xml.Linq;
using static SpineConformance.SecondClient.Wire.WireNames;

namespace SpineConformance.SecondClient.Wire;

/// <summary>
/// The synchronous SOAP request (TRANSPORT.md §1.2): WS-Addressing 2004/08 header with a <c>uuid:</c> MessageID, the
/// action, <c>wsa:To</c> as the endpoint URL (as SpineTools sends it), the Rcv/Snd ASIDs, and the HL7 interaction as the body.
/// </summary>
internal sealed class SoapRequestWriter(SecondClientOptions options, MessageStamps stamps)
{
    public SoapRequest Write(string service, XElement interaction)
    {
        var action = $"{ServicePrefix}{service}/{interaction.Name.LocalName}";
        var messageId = "uuid:" + stamps.NewId();
        var endpoint = new Uri(options.SpineBaseUrl, options.SyncPath);
        var envelope = new XDocument(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Soap + "Envelope",
                new XAttribute(XNamespace.Xmlns + "SOAP-ENV", Soap),
                new XAttribute(XNamespace.Xmlns + "wsa", Wsa),
                new XAttribute("xmlns", V3),
                new XElement(Soap + "Header",
                    new XElement(Wsa + "MessageID", messageId),
                    new XElement(Wsa + "Action", action),
                    new XElement(Wsa + "To", endpoint.ToString()),
                    new XElement(V3 + "communicationFunctionRcv", new XElement(V3 + "device", AsidId(options.SpineAsid))),
                    new XElement(V3 + "communicationFunctionSnd", new XElement(V3 + "device", AsidId(options.SystemAsid)))),
                new XElement(Soap + "Body", interaction)));
        return new SoapRequest(endpoint, action, messageId, envelope);
    }

    private static XElement AsidId(string asid) => new(V3 + "id", new XAttribute("root", AsidOid), new XAttribute("extension", asid));
}

/// <summary>A request ready to post: where, its SOAPAction, its wsa:MessageID and the envelope.</summary>
internal sealed record SoapRequest(Uri Endpoint, string Action, string MessageId, XDocument Envelope);
