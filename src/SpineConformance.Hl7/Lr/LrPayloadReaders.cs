using System.Xml.Linq;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Hl7.Lr;

/// <summary>Which payload reader belongs to which LR response interaction, and the typed success each produces.</summary>
internal static class LrPayloadReaders
{
    public static LrResponse? Read(string interactionId, XElement? payload, IReadOnlyList<DetectedIssue> warnings) => interactionId switch
    {
        LrInteractions.ConfirmLrCreatedId => Success(interactionId, LrPayloadXml.ReadCreationResponseConfirm(Named(payload, "CreationResponseConfirm")), warnings),
        LrInteractions.ConfirmStatusChangeId => Success(interactionId, LrPayloadXml.ReadSCConfirm(Named(payload, "SCConfirm")), warnings),
        LrInteractions.ConfirmShortId => Success(interactionId, LrPayloadXml.ReadLRExists(Named(payload, "LRExists")), warnings),
        LrInteractions.ConfirmHistoryId => Success(interactionId, LrPayloadXml.ReadConfirmHistory(Named(payload, "ConfirmHistory")), warnings),
        LrInteractions.DetailsSimpleId => Success(interactionId, LrPayloadXml.ReadSimpleLRList(Named(payload, "SimpleLRList")), warnings),
        LrInteractions.DetailsCompleteId => Success(interactionId, LrPayloadXml.ReadCompleteLRList(Named(payload, "CompleteLRList")), warnings),
        LrInteractions.BatchResponseId => Success(interactionId, LrPayloadXml.ReadConfirmationList(Named(payload, "ConfirmationList")), warnings),
        LrInteractions.UserRoleProfilesResponseId => Success(interactionId, LrPayloadXml.ReadURPIDResponse(Named(payload, "URPIDResponse")), warnings),
        LrInteractions.AddUserToWorkgroupResponseId => Success(interactionId, LrPayloadXml.ReadWorkgroupMembershipResponse(Named(payload, LrPayloadXml.AddToWorkgroupResponse)), warnings),
        LrInteractions.RemoveUserFromWorkgroupResponseId => Success(interactionId, LrPayloadXml.ReadWorkgroupMembershipResponse(Named(payload, LrPayloadXml.RemoveFromWorkgroupResponse)), warnings),
        LrInteractions.WorkgroupMemberResponseId => Success(interactionId, LrPayloadXml.ReadWorkgroupMemberQueryResponse(Named(payload, "WorkgroupMemberQueryResponse")), warnings),
        _ => null,
    };

    private static LrResponse.Succeeded<T>? Success<T>(string interactionId, T? payload, IReadOnlyList<DetectedIssue> warnings)
        where T : class => payload is null ? null : new LrResponse.Succeeded<T>(interactionId, payload, warnings);

    // Case-insensitive, because Spine 2's own test transform reads lRExists where the schema says LRExists.
    private static XElement? Named(XElement? payload, string localName) =>
        payload is not null && string.Equals(payload.Name.LocalName, localName, StringComparison.OrdinalIgnoreCase) ? payload : null;
}
