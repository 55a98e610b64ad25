using System.Xml.Linq;
using SpineConformance.Hl7.Wrappers;
using static SpineConformance.Hl7.Lr.LrXml;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// Builds LR messages. Async interactions (create, status change, workgroup add/remove, and the MCCI) are built as the
/// HL7 interaction element the ebXML transport carries; sync queries and their answers as complete SOAP envelopes.
/// </summary>
public static partial class LrMessages
{
    /// <summary>The <c>versionCode</c> of every LR response we build; see <see cref="AsyncResponseContext.VersionCode"/>.</summary>
    public const string ResponseVersionCode = Hl7Constants.VersionCode4200;

    public static XElement CreateRequest(AsyncRequestContext request, CreateRequest payload) =>
        AsyncRequest(LrInteractions.RequestCreateLr, request, LrPayloadXml.Write(payload));

    public static XElement StatusChangeRequest(AsyncRequestContext request, SCRequest payload) =>
        AsyncRequest(LrInteractions.RequestStatusChange, request, LrPayloadXml.Write(payload));

    public static XElement AddUserToWorkgroupRequest(AsyncRequestContext request, WorkgroupMembershipRequest payload) =>
        AsyncRequest(LrInteractions.AddUserToWorkgroup, request, LrPayloadXml.Write(LrPayloadXml.AddToWorkgroupRequest, payload));

    public static XElement RemoveUserFromWorkgroupRequest(AsyncRequestContext request, WorkgroupMembershipRequest payload) =>
        AsyncRequest(LrInteractions.RemoveUserFromWorkgroup, request, LrPayloadXml.Write(LrPayloadXml.RemoveFromWorkgroupRequest, payload));

    /// <summary>Any async request: <c>MCCI_MT010101UK12</c> around an <c>MCAI_MT040101UK03</c> control act with the payload as <c>subject</c>.</summary>
    public static XElement AsyncRequest(AsyncInteraction interaction, AsyncRequestContext request, XElement payload)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(request);
        var fields = new TransmissionFields(
            request.Hl7MessageId, request.CreationTime, request.InteractionIdOverride ?? interaction.InteractionId, request.SpineAsid, request.SenderAsid, request.VersionCode)
        {
            RootElement = interaction.InteractionId,
        };
        return TransmissionWrapper.Write(fields, LrControlAct.TriggerEvent(request.Author, request.Author1Asids ?? [request.SenderAsid], [], payload));
    }

    /// <summary><c>REPC_IN020000UK13</c>: AA, Spine's ASID in <c>author1</c>, <c>CreationResponseConfirm</c> with the new LR id.</summary>
    public static XElement ConfirmLrCreated(AsyncResponseContext context, string lrId) =>
        ConfirmLrCreated(context, CreationResponseConfirm.For(lrId));

    public static XElement ConfirmLrCreated(AsyncResponseContext context, CreationResponseConfirm payload) =>
        AsyncResponse(LrInteractions.ConfirmLrCreatedId, context, LrPayloadXml.Write(payload));

    /// <summary><c>REPC_IN050000UK13</c>: AA and <c>SCConfirm</c> with the LR's id.</summary>
    public static XElement ConfirmStatusChange(AsyncResponseContext context, string lrId) =>
        ConfirmStatusChange(context, SCConfirm.For(lrId));

    public static XElement ConfirmStatusChange(AsyncResponseContext context, SCConfirm payload) =>
        AsyncResponse(LrInteractions.ConfirmStatusChangeId, context, LrPayloadXml.Write(payload));

    public static XElement AddUserToWorkgroupResponse(AsyncResponseContext context, WorkgroupMembershipResponse payload, IReadOnlyList<DetectedIssue>? warnings = null) =>
        AsyncResponse(LrInteractions.AddUserToWorkgroupResponseId, context, LrPayloadXml.Write(LrPayloadXml.AddToWorkgroupResponse, payload), warnings);

    public static XElement RemoveUserFromWorkgroupResponse(AsyncResponseContext context, WorkgroupMembershipResponse payload, IReadOnlyList<DetectedIssue>? warnings = null) =>
        AsyncResponse(LrInteractions.RemoveUserFromWorkgroupResponseId, context, LrPayloadXml.Write(LrPayloadXml.RemoveFromWorkgroupResponse, payload), warnings);

    /// <summary>Any async business response: <c>MCCI_MT020101UK12</c> (acknowledgement AA) around a trigger-event control act.</summary>
    public static XElement AsyncResponse(string interactionId, AsyncResponseContext context, XElement payload, IReadOnlyList<DetectedIssue>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var controlAct = LrControlAct.TriggerEvent(null, [context.SpineAsid], warnings ?? [], payload);
        return TransmissionWrapper.Write(ResponseFields(interactionId, context), controlAct, context.Acknowledgement(AcknowledgementType.AA));
    }

    /// <summary>
    /// <c>MCCI_IN010000UK13</c> with business errors as <c>ControlActEvent/reason</c> (Spine 2's detected-issue template):
    /// usually AE, with LRResponseCodes (<c>…17.12</c>) reasons, general code first.
    /// </summary>
    public static XElement ApplicationAcknowledgement(AsyncResponseContext context, AcknowledgementType type, IReadOnlyList<DetectedIssue> reasons)
    {
        ArgumentNullException.ThrowIfNull(context);
        var controlAct = LrControlAct.TriggerEvent(null, [context.SpineAsid], reasons, null);
        return TransmissionWrapper.Write(ResponseFields(LrInteractions.ApplicationAcknowledgement, context), controlAct, context.Acknowledgement(type));
    }

    /// <summary>
    /// <c>MCCI_IN010000UK13</c> with messaging errors as <c>acknowledgement/acknowledgementDetail</c> (Spine 2's
    /// <c>generateHL7MCCI</c> template): usually AR, each detail typed by its qualifier (ER, WG, IF) and coded from
    /// AcknowledgementExceptionCode (<c>…17.32</c>).
    /// </summary>
    public static XElement ApplicationAcknowledgementDetails(AsyncResponseContext context, AcknowledgementType type, IReadOnlyList<DetectedIssue> details)
    {
        var message = ApplicationAcknowledgement(context, type, []);
        message.Element(V3 + "acknowledgement")!.AddFirst(details.Select(d =>
            new XElement(V3 + "acknowledgementDetail", new XAttribute("typeCode", d.Qualifier),
                new XElement(V3 + "code", new XAttribute("code", d.Code), new XAttribute("codeSystem", d.CodeSystem), new XAttribute("displayName", d.DisplayName)))));
        return message;
    }

    private static TransmissionFields ResponseFields(string interactionId, AsyncResponseContext context) =>
        new(context.Hl7MessageId, context.CreationTime, interactionId, context.RequesterAsid, context.SpineAsid, context.VersionCode);
}
