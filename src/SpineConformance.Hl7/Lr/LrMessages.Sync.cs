using System.Xml.Linq;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using static SpineConformance.Hl7.Lr.LrXml;

namespace SpineConformance.Hl7.Lr;

public static partial class LrMessages
{
    public static XDocument QueryConfirmation(OutgoingRequest request, ConfirmationQuery query) =>
        QueryRequest(LrInteractions.QueryConfirmationShort, request, LrPayloadXml.Write(query));

    public static XDocument QueryDetails(OutgoingRequest request, DetailsQuery query) =>
        QueryRequest(LrInteractions.QueryDetailsSimple, request, LrPayloadXml.Write(query));

    public static XDocument QueryBatchConfirmation(OutgoingRequest request, BatchConfirmationQuery query) =>
        QueryRequest(LrInteractions.QueryBatchConfirmation, request, LrPayloadXml.Write(query));

    public static XDocument IdentifyUserRoleProfilesQuery(OutgoingRequest request, UserRoleProfilesQuery query) =>
        QueryRequest(LrInteractions.IdentifyUserRoleProfiles, request, LrPayloadXml.Write(query));

    public static XDocument WorkgroupMemberQuery(OutgoingRequest request, WorkgroupMemberQuery query) =>
        QueryRequest(LrInteractions.WorkgroupMemberQuery, request, LrPayloadXml.Write(query));

    /// <summary>Any LR query: <c>MCCI_MT010101UK12</c> around a <c>QUQI_MT050000UK01</c> control act, in a SOAP request.</summary>
    public static XDocument QueryRequest(SyncInteraction interaction, OutgoingRequest request, XElement query)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(request);
        var fields = new TransmissionFields(
            request.Hl7MessageId, request.CreationTime, request.InteractionIdOverride ?? interaction.InteractionId, request.SpineAsid, request.SenderAsid, request.VersionCode)
        {
            RootElement = interaction.InteractionId,
        };
        var controlAct = LrControlAct.Query(request.Author, request.Author1Asids ?? [request.SenderAsid], query);
        var header = new SoapRequestHeader(
            request.WsaMessageId,
            request.Action ?? interaction.Action,
            request.To,
            request.HeaderSpineAsid ?? request.SpineAsid,
            request.HeaderSenderAsid ?? request.SenderAsid);
        return SoapEnvelope.Request(header, TransmissionWrapper.Write(fields, controlAct));
    }

    public static XDocument ConfirmShort(ResponseContext context, LRExists payload, IReadOnlyList<DetectedIssue>? warnings = null) =>
        QueryResponse(LrInteractions.QueryConfirmationShort, context, LrPayloadXml.Write(payload), warnings);

    /// <summary><see cref="ConfirmShort"/> as the simulator sends it: written straight to UTF-8.</summary>
    public static SoapAnswer ConfirmShortAnswer(ResponseContext context, LRExists payload) =>
        QueryResponseParts(LrInteractions.QueryConfirmationShort, context, LrPayloadXml.Write(payload), null).ToAnswer();

    public static XDocument ConfirmHistory(ResponseContext context, ConfirmHistory payload, IReadOnlyList<DetectedIssue>? warnings = null) =>
        QueryResponse(LrInteractions.QueryConfirmationHistory, context, LrPayloadXml.Write(payload), warnings);

    /// <summary><see cref="ConfirmHistory"/> as the simulator sends it: written straight to UTF-8.</summary>
    public static SoapAnswer ConfirmHistoryAnswer(ResponseContext context, ConfirmHistory payload) =>
        QueryResponseParts(LrInteractions.QueryConfirmationHistory, context, LrPayloadXml.Write(payload), null).ToAnswer();

    public static XDocument DetailsSimple(ResponseContext context, SimpleLRList payload, IReadOnlyList<DetectedIssue>? warnings = null) =>
        QueryResponse(LrInteractions.QueryDetailsSimple, context, LrPayloadXml.Write(payload), warnings);

    public static XDocument DetailsComplete(ResponseContext context, CompleteLRList payload, IReadOnlyList<DetectedIssue>? warnings = null) =>
        QueryResponse(LrInteractions.QueryDetailsComplete, context, LrPayloadXml.Write(payload), warnings);

    public static XDocument BatchResponse(ResponseContext context, ConfirmationList payload, IReadOnlyList<DetectedIssue>? warnings = null) =>
        QueryResponse(LrInteractions.QueryBatchConfirmation, context, LrPayloadXml.Write(payload), warnings);

    public static XDocument UserRoleProfilesResponse(ResponseContext context, URPIDResponse payload, IReadOnlyList<DetectedIssue>? warnings = null) =>
        QueryResponse(LrInteractions.IdentifyUserRoleProfiles, context, LrPayloadXml.Write(payload), warnings);

    public static XDocument WorkgroupMemberResponse(ResponseContext context, WorkgroupMemberQueryResponse payload, IReadOnlyList<DetectedIssue>? warnings = null) =>
        QueryResponse(LrInteractions.WorkgroupMemberQuery, context, LrPayloadXml.Write(payload), warnings);

    /// <summary>
    /// A query's success response in the interaction's wrapper element: AA, Spine's ASID in <c>author1</c>, optional
    /// warnings as <c>reason</c>, the payload as <c>subject</c> and <c>queryAck</c> OK (as Spine 2's <c>lrsQuerySuccess</c> templates).
    /// </summary>
    public static XDocument QueryResponse(SyncInteraction interaction, ResponseContext context, XElement payload, IReadOnlyList<DetectedIssue>? warnings = null) =>
        QueryResponseParts(interaction, context, payload, warnings).ToDocument();

    /// <summary><see cref="QueryResponse"/> as its parts, so the simulator can write it straight to UTF-8.</summary>
    public static SyncResponseParts QueryResponseParts(SyncInteraction interaction, ResponseContext context, XElement payload, IReadOnlyList<DetectedIssue>? warnings)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(context);
        var controlAct = LrControlAct.QueryResponse(context.SpineAsid, warnings ?? [], payload, LrControlAct.QueryResponseOk);
        var fields = new TransmissionFields(
            context.Hl7MessageId, context.CreationTime, interaction.ResponseInteractionId, context.RequesterAsid, context.SpineAsid, ResponseVersionCode);
        return new SyncResponseParts(ResponseHeader(context, interaction.ResponseAction, interaction.SuccessFromAddress), interaction.ResponseWrapper,
            fields, new Acknowledgement(AcknowledgementType.AA, context.RequestHl7MessageId), controlAct);
    }

    /// <summary>
    /// <c>QUQI_IN010000UK14</c> Query Act Failed for any LR query: AE, one <c>reason</c> per issue (LRResponseCodes
    /// <c>…17.12</c> unless the caller says otherwise), <c>queryAck/queryResponseCode</c> ID, no subject.
    /// </summary>
    public static XDocument QueryActFailed(SyncInteraction interaction, ResponseContext context, IReadOnlyList<DetectedIssue> reasons)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var controlAct = LrControlAct.QueryResponse(context.SpineAsid, reasons, null, LrControlAct.QueryResponseIssueDetected);
        var body = SyncBody(interaction, context, LrInteractions.QueryActFailed, AcknowledgementType.AE, controlAct);
        return SoapEnvelope.Response(ResponseHeader(context, $"{interaction.Service}/{LrInteractions.QueryActFailed}", interaction.ErrorFromAddress), body);
    }

    /// <summary>An LR business error or warning, coded from LRResponseCodes (<c>2.16.840.1.113883.2.1.3.2.4.17.12</c>).</summary>
    public static DetectedIssue LrIssue(string code, string displayName, string qualifier = "ER") =>
        new(code, LrVocabulary.LrResponseCodes, displayName, qualifier);

    private static XElement SyncBody(SyncInteraction interaction, ResponseContext context, string interactionId, AcknowledgementType type, XElement controlAct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fields = new TransmissionFields(context.Hl7MessageId, context.CreationTime, interactionId, context.RequesterAsid, context.SpineAsid, ResponseVersionCode);
        var ack = new Acknowledgement(type, context.RequestHl7MessageId);
        return new XElement(V3 + interaction.ResponseWrapper, TransmissionWrapper.Write(fields, controlAct, ack));
    }

    private static SoapResponseHeader ResponseHeader(ResponseContext context, string action, string from) => new(
        context.WsaMessageId,
        action,
        from,
        context.RequesterAsid,
        context.SpineAsid,
        WsaMessageId.Prefix + WsaMessageId.GuidPart(context.RequestWsaMessageId));
}
