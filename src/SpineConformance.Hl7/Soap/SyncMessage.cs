using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Soap;

/// <summary>
/// A synchronous SOAP message read leniently: every field is whatever the sender put there (or
/// <see langword="null"/>), so validators can report what is wrong instead of the reader refusing it.
/// </summary>
public sealed class SyncMessage
{
    private static readonly XNamespace Soap = SpineNamespaces.Soap;
    private static readonly XNamespace Wsa = SpineNamespaces.Wsa;
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    // The participations of ControlActEvent that are not its payload.
    private static readonly HashSet<string> ControlActParts = new(StringComparer.Ordinal) { "author", "author1", "reason" };

    private readonly XElement? payloadRoot;
    private readonly string? actionOverride;

    // Every rule, the journal and the typed reader ask for these; the message is read-only once made, so each is found
    // once (the flags tell "not yet found" from "found to be absent").
    private XElement? interaction;
    private bool interactionFound;
    private XElement? controlActEvent;
    private bool controlActEventFound;
    private XElement? payload;
    private bool payloadFound;

    private SyncMessage(XDocument document, XElement? header, XElement? body, XElement? payloadRoot = null, string? actionOverride = null)
    {
        Document = document;
        Header = header;
        Body = body;
        this.payloadRoot = payloadRoot;
        this.actionOverride = actionOverride;
    }

    public XDocument Document { get; }

    public XElement? Header { get; }

    public XElement? Body { get; }

    /// <summary>The HL7 interaction element directly under <c>SOAP-ENV:Body</c>, or inside a response wrapper element.</summary>
    public XElement? Interaction
    {
        get
        {
            if (!interactionFound)
            {
                interaction = payloadRoot ?? (BodyRoot is { } first
                    ? first.Element(V3 + "interactionId") is not null ? first : FirstChildElement(first) ?? first
                    : null);
                interactionFound = true;
            }

            return interaction;
        }
    }

    /// <summary>The element directly under <c>SOAP-ENV:Body</c> (for responses, the wrapper such as <c>getResourcePermissionsResponse</c>).</summary>
    public XElement? BodyRoot => FirstChildElement(Body);

    public string? MessageId => HeaderValue("MessageID");

    /// <summary>The <c>wsa:Action</c>; for an ebXML payload, <c>eb:Service/eb:Action</c> from the ebXML header.</summary>
    public string? Action => actionOverride ?? HeaderValue("Action");

    /// <summary>True for an HL7 payload carried by ebXML: there is no SOAP header with WS-Addressing or communication functions.</summary>
    public bool IsEbxmlPayload => payloadRoot is not null;

    public string? To => HeaderValue("To");

    public string? RelatesTo => HeaderValue("RelatesTo");

    public string? FromAddress => Header?.Element(Wsa + "From")?.Element(Wsa + "Address")?.Value.Trim();

    public string? HeaderReceiverAsid => DeviceAsid(Header, "communicationFunctionRcv");

    public string? HeaderSenderAsid => DeviceAsid(Header, "communicationFunctionSnd");

    public string? Hl7Id => Interaction?.Element(V3 + "id")?.Attribute(AttributeNames.Root)?.Value;

    public string? InteractionId => Interaction?.Element(V3 + "interactionId")?.Attribute(AttributeNames.Extension)?.Value;

    public string? BodyReceiverAsid => DeviceAsid(Interaction, "communicationFunctionRcv");

    public string? BodySenderAsid => DeviceAsid(Interaction, "communicationFunctionSnd");

    public XElement? ControlActEvent
    {
        get
        {
            if (!controlActEventFound)
            {
                controlActEvent = Interaction?.Element(V3 + "ControlActEvent");
                controlActEventFound = true;
            }

            return controlActEvent;
        }
    }

    /// <summary>
    /// The patient as sent, for the journal and fault rules: the <c>extension</c> of the first identifier under
    /// <c>ControlActEvent</c> whose root is the NHS number OID (the ACS <c>resourceContext</c>, the LR patient, a batch's first
    /// patient), in one walk; <see langword="null"/> when there is none. Whether it is a valid NHS number is validation's call.
    /// </summary>
    public string? PatientId
    {
        get
        {
            var controlAct = ControlActEvent;
            if (controlAct is null)
            {
                return null;
            }

            foreach (var element in controlAct.Descendants())
            {
                if (element.Attribute(AttributeNames.Root) is { Value: Identifiers.NhsNumber.Oid })
                {
                    return element.Attribute(AttributeNames.Extension)?.Value;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// The interaction's own payload: the first element under <c>ControlActEvent</c> that is not an <c>author</c>,
    /// <c>author1</c> or <c>reason</c> (an ACS <c>crs</c> request, an LR or SDS <c>query</c>, an LR request's <c>subject</c>).
    /// </summary>
    public XElement? Payload
    {
        get
        {
            if (!payloadFound)
            {
                payload = FindPayload(ControlActEvent);
                payloadFound = true;
            }

            return payload;
        }
    }

    /// <summary>
    /// The HL7 payload of an ebXML message (no SOAP envelope of its own), with the ebXML <c>Service/Action</c> standing in
    /// for <c>wsa:Action</c> so wrapper rules can compare the interaction id with it.
    /// </summary>
    public static SyncMessage? FromHl7Payload(XDocument payload, string ebxmlServiceAction) =>
        payload.Root is null ? null : new SyncMessage(payload, null, null, payload.Root, ebxmlServiceAction);

    public static SyncMessage? From(XDocument document)
    {
        var envelope = document.Root;
        if (envelope is null || envelope.Name != Soap + "Envelope")
        {
            return null;
        }

        return new SyncMessage(document, envelope.Element(Soap + "Header"), envelope.Element(Soap + "Body"));
    }

    private static XElement? FindPayload(XElement? controlAct)
    {
        for (var node = controlAct?.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement element && !(element.Name.Namespace == V3 && ControlActParts.Contains(element.Name.LocalName)))
            {
                return element;
            }
        }

        return null;
    }

    private static XElement? FirstChildElement(XElement? parent)
    {
        for (var node = parent?.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement element)
            {
                return element;
            }
        }

        return null;
    }

    private string? HeaderValue(string localName) => Header?.Element(Wsa + localName)?.Value.Trim();

    private static string? DeviceAsid(XElement? parent, string function) =>
        parent?.Element(V3 + function)?.Element(V3 + "device")?.Element(V3 + "id")?.Attribute(AttributeNames.Extension)?.Value;
}
