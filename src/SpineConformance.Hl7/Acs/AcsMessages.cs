using System.Xml.Linq;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Acs;

/// <summary>Builds complete ACS SOAP messages: requests as a client sends them, responses as Spine sends them.</summary>
public static class AcsMessages
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public static XDocument GetRequest(OutgoingRequest request, GetResourcePermissionsRequest payload) =>
        Request(AcsInteractions.Get, request, AcsPayloadXml.Write(payload));

    public static XDocument SetRequest(OutgoingRequest request, ResourcePermissions payload) =>
        Request(AcsInteractions.Set, request, AcsPayloadXml.Write("setResourcePermissionsRequest", payload));

    public static XDocument HasRequest(OutgoingRequest request, HasResourcePermissionsRequest payload) =>
        Request(AcsInteractions.Has, request, AcsPayloadXml.Write(payload));

    /// <summary>A request for any ACS interaction: the payload sits directly under <c>ControlActEvent</c> ("amended for WSDL").</summary>
    public static XDocument Request(SyncInteraction interaction, OutgoingRequest request, XElement payload)
    {
        var fields = new TransmissionFields(
            request.Hl7MessageId,
            request.CreationTime,
            request.InteractionIdOverride ?? interaction.InteractionId,
            request.SpineAsid,
            request.SenderAsid,
            request.VersionCode)
        {
            RootElement = interaction.InteractionId,
        };
        var controlAct = TransmissionWrapper.ControlActEvent(
            request.Author, request.Author1Asids ?? [request.SenderAsid], payload);
        var header = new SoapRequestHeader(
            request.WsaMessageId,
            request.Action ?? interaction.Action,
            request.To,
            request.HeaderSpineAsid ?? request.SpineAsid,
            request.HeaderSenderAsid ?? request.SenderAsid);
        return SoapEnvelope.Request(header, TransmissionWrapper.Write(fields, controlAct));
    }

    /// <summary>
    /// <c>GET_RESOURCE_PERMISSIONS_RESPONSE_INUK01</c> inside <c>getResourcePermissionsResponse</c>:
    /// an AA acknowledgement, Spine's ASID in <c>author1</c>, the permissions as <c>subject</c> and <c>queryAck</c> OK.
    /// </summary>
    public static XDocument GetResponse(ResponseContext context, ResourcePermissions payload) => GetAnswerParts(context, payload).ToDocument();

    /// <summary><see cref="GetResponse"/> as the simulator sends it: written straight to UTF-8.</summary>
    public static SoapAnswer GetAnswer(ResponseContext context, ResourcePermissions payload) => GetAnswerParts(context, payload).ToAnswer();

    /// <summary><c>HAS_RESOURCE_PERMISSIONS_RESPONSE_INUK01</c> inside <c>hasResourcePermissionsResponse</c>, shaped as Get's.</summary>
    public static XDocument HasResponse(ResponseContext context, ResourcePermissions payload) => HasAnswerParts(context, payload).ToDocument();

    /// <summary><see cref="HasResponse"/> as the simulator sends it: written straight to UTF-8.</summary>
    public static SoapAnswer HasAnswer(ResponseContext context, ResourcePermissions payload) => HasAnswerParts(context, payload).ToAnswer();

    /// <summary>
    /// An <c>MCCI_IN010000UK13</c> acknowledgement inside the interaction's response wrapper: AA with no reasons
    /// (Set's success), or AE/AR with one <c>reason</c> per detected issue, general code first.
    /// </summary>
    public static XDocument Acknowledgement(
        SyncInteraction interaction, ResponseContext context, AcknowledgementType type, IReadOnlyList<DetectedIssue> reasons) =>
        AcknowledgementParts(interaction, context, type, reasons).ToDocument();

    /// <summary><see cref="Acknowledgement"/> as the simulator sends it: written straight to UTF-8.</summary>
    public static SoapAnswer AcknowledgementAnswer(
        SyncInteraction interaction, ResponseContext context, AcknowledgementType type, IReadOnlyList<DetectedIssue> reasons) =>
        AcknowledgementParts(interaction, context, type, reasons).ToAnswer();

    internal static SyncResponseParts GetAnswerParts(ResponseContext context, ResourcePermissions payload) =>
        QueryResponse(AcsInteractions.Get, context, AcsPayloadXml.Write("getResourcePermissionsResponse", payload));

    internal static SyncResponseParts HasAnswerParts(ResponseContext context, ResourcePermissions payload) =>
        QueryResponse(AcsInteractions.Has, context, AcsPayloadXml.Write("hasResourcePermissionsResponse", payload));

    private static SyncResponseParts QueryResponse(SyncInteraction interaction, ResponseContext context, XElement payload)
    {
        var controlAct = TransmissionWrapper.ControlActEvent(
            null,
            [context.SpineAsid],
            new XElement(V3 + "subject", new XAttribute("typeCode", "SUBJ"), payload),
            new XElement(V3 + "queryAck", new XAttribute("type", "QueryAck"), Hl7Elements.Code("queryResponseCode", "OK")));
        return Parts(interaction, context, interaction.ResponseInteractionId, Hl7Constants.VersionCode4200, AcknowledgementType.AA, controlAct,
            ResponseHeader(context, interaction.ResponseAction, interaction.SuccessFromAddress));
    }

    internal static SyncResponseParts AcknowledgementParts(
        SyncInteraction interaction, ResponseContext context, AcknowledgementType type, IReadOnlyList<DetectedIssue> reasons)
    {
        var controlAct = TransmissionWrapper.ControlActEvent(null, [context.SpineAsid], reasons.Select(Hl7Elements.Reason));
        var isError = type != AcknowledgementType.AA;
        var version = isError ? Hl7Constants.VersionCode4200 : Hl7Constants.VersionCode30;
        var from = isError ? interaction.ErrorFromAddress : interaction.SuccessFromAddress;
        return Parts(interaction, context, Hl7Constants.McciApplicationAcknowledgement, version, type, controlAct,
            ResponseHeader(context, interaction.ErrorAction, from));
    }

    private static SyncResponseParts Parts(
        SyncInteraction interaction, ResponseContext context, string responseInteractionId, string versionCode, AcknowledgementType type,
        XElement controlAct, SoapResponseHeader header)
    {
        var fields = new TransmissionFields(
            context.Hl7MessageId, context.CreationTime, responseInteractionId, context.RequesterAsid, context.SpineAsid, versionCode);
        return new SyncResponseParts(header, interaction.ResponseWrapper, fields, new Wrappers.Acknowledgement(type, context.RequestHl7MessageId), controlAct);
    }

    private static SoapResponseHeader ResponseHeader(ResponseContext context, string action, string from) => new(
        context.WsaMessageId,
        action,
        from,
        context.RequesterAsid,
        context.SpineAsid,
        WsaMessageId.Prefix + WsaMessageId.GuidPart(context.RequestWsaMessageId));
}
