using System.Xml.Linq;
using SpineConformance.Hl7.Soap;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// Reads an LR or SDS request's payload into its typed request, once, after validation: a query from
/// <c>ControlActEvent/query</c>, a request from the act under <c>ControlActEvent/subject</c>.
/// <see langword="null"/> when the payload is missing, which the interaction's handler answers as Spine does.
/// </summary>
public static class LrRequestReader
{
    public static ConfirmationQuery? ReadConfirmationQuery(SyncMessage message) => LrPayloadXml.ReadConfirmationQuery(Query(message));

    public static DetailsQuery? ReadDetailsQuery(SyncMessage message) => LrPayloadXml.ReadDetailsQuery(Query(message));

    public static BatchConfirmationQuery? ReadBatchConfirmationQuery(SyncMessage message) => LrPayloadXml.ReadBatchConfirmationQuery(Query(message));

    public static UserRoleProfilesQuery? ReadUserRoleProfilesQuery(SyncMessage message) => LrPayloadXml.ReadUserRoleProfilesQuery(Query(message));

    public static WorkgroupMemberQuery? ReadWorkgroupMemberQuery(SyncMessage message) => LrPayloadXml.ReadWorkgroupMemberQuery(Query(message));

    public static CreateRequest? ReadCreateRequest(SyncMessage message) => LrPayloadXml.ReadCreateRequest(Subject(message));

    public static SCRequest? ReadStatusChangeRequest(SyncMessage message) => LrPayloadXml.ReadSCRequest(Subject(message));

    public static WorkgroupMembershipRequest? ReadWorkgroupMembershipRequest(SyncMessage message) =>
        LrPayloadXml.ReadWorkgroupMembershipRequest(Subject(message));

    private static XElement? Query(SyncMessage message) => message.Payload is { Name.LocalName: "query" } query ? query : null;

    private static XElement? Subject(SyncMessage message) =>
        message.Payload is { Name.LocalName: "subject" } subject ? subject.Elements().FirstOrDefault() : null;
}
