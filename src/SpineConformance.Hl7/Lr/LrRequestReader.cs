using System.Xml.Linq;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// Reads an LR or SDS request's payload into its typed request, once, after validation: a query from
/// <c>ControlActEvent/query</c>, a request from the act under <c>ControlActEvent/subject</c>.
/// <see langword="null"/> when the payload is missing, which the interaction's handler answers as Spine does.
/// </summary>
public static partial class LrRequestReader
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

    /// <summary>A Query Confirmation the LR service can answer, or what keeps it from being one (no query, a patient that is not an NHS number, an unknown response type).</summary>
    public static ParseResult<LrConfirmationRequest> ReadConfirmation(SyncMessage message)
    {
        if (ReadConfirmationQuery(message) is not { } query)
        {
            return ParseResult<LrConfirmationRequest>.Fail("The request carries no confirmation query.");
        }

        var patient = NhsNumber.Parse(query.Patient.Extension);
        if (!patient.TryGetValue(out var nhsNumber))
        {
            return ParseResult<LrConfirmationRequest>.Fail($"The query's patient.id: {patient.Error}");
        }

        return LrVocabulary.ConfirmationRespType.Find(query.ResponseType.Code) is { } responseType
            ? ParseResult<LrConfirmationRequest>.Ok(new LrConfirmationRequest(nhsNumber, responseType, query.ParameterList?.RoleProfileId.Extension,
                query.ParameterList?.WorkgroupCodes.Select(w => w.Extension).OfType<string>().ToList() ?? []))
            : ParseResult<LrConfirmationRequest>.Fail($"The query's response type '{query.ResponseType.Code}' is not a ConfirmationRespType code.");
    }

    /// <summary>A Query Details the LR service can answer, or what keeps it from being one (no query, a patient that is not an NHS number, an unknown response type).</summary>
    public static ParseResult<LrDetailsRequest> ReadDetails(SyncMessage message)
    {
        if (ReadDetailsQuery(message) is not { } query)
        {
            return ParseResult<LrDetailsRequest>.Fail("The request carries no details query.");
        }

        var patient = NhsNumber.Parse(query.Patient.Extension);
        if (!patient.TryGetValue(out var nhsNumber))
        {
            return ParseResult<LrDetailsRequest>.Fail($"The query's patient.id: {patient.Error}");
        }

        if (LrVocabulary.DetailsRespType.Find(query.ResponseType.Code) is not { } responseType)
        {
            return ParseResult<LrDetailsRequest>.Fail($"The query's response type '{query.ResponseType.Code}' is not a DetailsRespType code.");
        }

        // Dates are yyyyMMdd (LR.md §9.4); the period's end is the whole of its last day.
        return ParseResult<LrDetailsRequest>.Ok(new LrDetailsRequest(nhsNumber, responseType)
        {
            PeriodFrom = Hl7Timestamp.TryParse(query.PeriodLow, out var from) ? new DateTimeOffset(from, TimeSpan.Zero) : null,
            PeriodUntil = Hl7Timestamp.TryParse(query.PeriodHigh, out var to) ? new DateTimeOffset(to.AddDays(1), TimeSpan.Zero) : null,
        });
    }

    /// <summary>
    /// A Create LR request the LR service can act on, or what keeps it from being one (no CreateRequest, a subject that is
    /// neither a user nor a workgroup, a patient that is not an NHS number, an LR type LRType does not hold).
    /// </summary>
    public static ParseResult<LrCreation> ReadCreation(SyncMessage message)
    {
        if (Act(message, "CreateRequest") is not { } act || LrPayloadXml.ReadCreateRequest(act) is not { } create)
        {
            return ParseResult<LrCreation>.Fail("The request carries no CreateRequest.");
        }

        if (create.Subject is not (LrAgent.Person or LrAgent.Workgroup or LrAgent.NamedWorkgroup))
        {
            return ParseResult<LrCreation>.Fail("The CreateRequest's subject is neither a user (AgentPersonSDS) nor a workgroup (AgentOrgSDS).");
        }

        var patient = NhsNumber.Parse(create.Patient.Extension);
        if (!patient.TryGetValue(out var nhsNumber))
        {
            return ParseResult<LrCreation>.Fail($"The CreateRequest's patient: {patient.Error}");
        }

        if (LrVocabulary.LrType.Find(create.ReasonCode.Code) is not { } lrType)
        {
            return ParseResult<LrCreation>.Fail($"The CreateRequest's LR type '{create.ReasonCode.Code}' is not an LRType code.");
        }

        return ParseResult<LrCreation>.Ok(new LrCreation(nhsNumber, lrType, create.Subject, create.Author)
        {
            AccessReason = LrVocabulary.AccessReasonCode.Find(create.Reason?.ReasonCode?.Code),
            Justification = create.Reason?.Text,
            AlertRequested = create.AlertCode?.Code == LrVocabulary.Alerts.Yes,
            EffectiveUntil = Hl7Timestamp.TryParse(create.EffectiveTime, out var until) ? new DateTimeOffset(until, TimeSpan.Zero) : null,
        });
    }

    /// <summary>A status change the LR service can act on, or what keeps it from being one (no SCRequest, no LR id, a patient that is not an NHS number).</summary>
    public static ParseResult<LrStatusChangeRequest> ReadStatusChange(SyncMessage message)
    {
        if (Act(message, "SCRequest") is not { } act || LrPayloadXml.ReadSCRequest(act) is not { } change)
        {
            return ParseResult<LrStatusChangeRequest>.Fail("The request carries no SCRequest.");
        }

        var lrId = LrId.Parse(change.LrId.Extension);
        if (!lrId.TryGetValue(out var id))
        {
            return ParseResult<LrStatusChangeRequest>.Fail($"The SCRequest names no LR it could be: {lrId.Error}");
        }

        var patient = NhsNumber.Parse(change.Patient.Extension);
        return patient.TryGetValue(out var nhsNumber)
            ? ParseResult<LrStatusChangeRequest>.Ok(new LrStatusChangeRequest(id, nhsNumber, change.ReasonCode.Code, change.Author))
            : ParseResult<LrStatusChangeRequest>.Fail($"The SCRequest's patient: {patient.Error}");
    }

    private static XElement? Query(SyncMessage message) => message.Payload is { Name.LocalName: "query" } query ? query : null;

    // The typed readers take only the act they are named for: another interaction's act is not this request at all.
    private static XElement? Act(SyncMessage message, string localName) => Subject(message) is { } act && act.Name.LocalName == localName ? act : null;

    private static XElement? Subject(SyncMessage message) =>
        message.Payload is { Name.LocalName: "subject" } subject ? subject.Elements().FirstOrDefault() : null;
}
