using System.Xml.Linq;
using SpineConformance.Hl7.Lr;

namespace SpineConformance.Simulator.Faults;

/// <summary>
/// What a request is about, for a fault rule's <see cref="FaultRule.Subject"/>: the patient for patient messages, and for the
/// SDS messages that name no patient the id they act on, so a rule can pick out one request among others of the same
/// interaction running at the same time.
/// </summary>
internal static class FaultSubjects
{
    /// <summary>
    /// The ids <paramref name="controlActEvent"/> is about: the member's SDS user id for Add/Remove User to/from Workgroup,
    /// the queried user id for Identify User Role Profiles, every workgroup id asked about for the Workgroup Member Query,
    /// otherwise the NHS number (none when the message names no patient).
    /// </summary>
    public static IReadOnlyList<string> Of(string? interactionId, XElement? controlActEvent, string? nhsNumber)
    {
        IEnumerable<string?> ids = interactionId switch
        {
            LrInteractions.AddUserToWorkgroupRequestId or LrInteractions.RemoveUserFromWorkgroupRequestId =>
                [LrPayloadXml.ReadWorkgroupMembershipRequest(Payload(controlActEvent, "subject"))?.Member.UserId.Extension],
            LrInteractions.IdentifyUserRoleProfilesQueryId =>
                [LrPayloadXml.ReadUserRoleProfilesQuery(Payload(controlActEvent, "query"))?.UserId.Extension],
            LrInteractions.WorkgroupMemberQueryId =>
                LrPayloadXml.ReadWorkgroupMemberQuery(Payload(controlActEvent, "query"))?.WorkgroupCodes.Select(c => c.Extension) ?? [],
            _ => [nhsNumber],
        };
        return [.. ids.OfType<string>().Where(id => id.Length > 0)];
    }

    // The business payload: the element under ControlActEvent/subject for a request, ControlActEvent/query for a query.
    private static XElement? Payload(XElement? controlActEvent, string name)
    {
        var child = controlActEvent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        return name == "query" ? child : child?.Elements().FirstOrDefault();
    }
}
