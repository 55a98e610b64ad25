using System.Xml.Linq;
using static SpineConformance.Hl7.Lr.LrXml;

namespace SpineConformance.Hl7.Lr;

public static partial class LrPayloadXml
{
    public static XElement Write(ConfirmationQuery query) =>
        new(V3 + "query",
            query.OtherPerson is null ? null : Parameter("otherPerson", Id("value", query.OtherPerson)),
            query.ParameterList is null ? null : Write(query.ParameterList),
            Parameter("patient.id", Id("value", query.Patient)),
            Parameter("response.Type", Code("value", query.ResponseType)));

    public static ConfirmationQuery? ReadConfirmationQuery(XElement? query) => query is null ? null :
        new ConfirmationQuery(ReadParameterList(Child(query, "parameterList")), RequiredId(ParameterValue(query, "patient.id")), RequiredCode(ParameterValue(query, "response.Type")))
        {
            OtherPerson = ReadId(ParameterValue(query, "otherPerson")),
        };

    public static XElement Write(DetailsQuery query) =>
        new(V3 + "query",
            Parameter("dissentOverride", Code("value", query.DissentOverride)),
            Parameter("patient.id", Id("value", query.Patient)),
            Parameter("response.Type", Code("value", query.ResponseType)),
            query.HasPeriod ? Parameter("time.Period", new XElement(V3 + "value",
                query.PeriodLow is null ? null : Value("low", query.PeriodLow),
                query.PeriodHigh is null ? null : Value("high", query.PeriodHigh))) : null);

    public static DetailsQuery? ReadDetailsQuery(XElement? query)
    {
        if (query is null)
        {
            return null;
        }

        // Spine 2's rule and the MIM text look for low under an extra effectiveTime step; accept either.
        var period = ParameterValue(query, "time.Period");
        var interval = Child(period, "effectiveTime") ?? period;
        return new DetailsQuery(RequiredCode(ParameterValue(query, "dissentOverride")), RequiredId(ParameterValue(query, "patient.id")), RequiredCode(ParameterValue(query, "response.Type")))
        {
            PeriodLow = ReadValue(Child(interval, "low")),
            PeriodHigh = ReadValue(Child(interval, "high")),
        };
    }

    public static XElement Write(BatchConfirmationQuery query) =>
        new(V3 + "query",
            query.OtherPerson is null ? null : Parameter("otherPerson", Id("value", query.OtherPerson)),
            query.ParameterList is null ? null : Write(query.ParameterList),
            query.Patients.Select(p => Parameter("patient.id", Id("value", p))));

    public static BatchConfirmationQuery? ReadBatchConfirmationQuery(XElement? query) => query is null ? null :
        new BatchConfirmationQuery(ReadParameterList(Child(query, "parameterList")), Children(query, "patient.id").Select(p => RequiredId(Child(p, "value"))).ToList())
        {
            OtherPerson = ReadId(ParameterValue(query, "otherPerson")),
        };

    public static XElement Write(UserRoleProfilesQuery query) =>
        new(V3 + "query",
            new XElement(V3 + "parameterList",
                query.OrganizationCode is null ? null : Parameter("organizationCode", Id("value", query.OrganizationCode)),
                query.RoleProfileId is null ? null : Parameter("userRoleProfileID", Id("value", query.RoleProfileId))),
            Parameter("userID", Id("value", query.UserId)));

    public static UserRoleProfilesQuery? ReadUserRoleProfilesQuery(XElement? query)
    {
        if (query is null)
        {
            return null;
        }

        var parameters = Child(query, "parameterList");
        return new UserRoleProfilesQuery(RequiredId(ParameterValue(query, "userID")))
        {
            OrganizationCode = ReadId(ParameterValue(parameters, "organizationCode")),
            RoleProfileId = ReadId(ParameterValue(parameters, "userRoleProfileID")),
        };
    }

    /// <summary>The Workgroup Member Query's parameters: uniquely, <c>semanticsText</c> comes before <c>value</c>.</summary>
    public static XElement Write(WorkgroupMemberQuery query) =>
        new(V3 + "query",
            query.WorkgroupCodes.Select(w => new XElement(V3 + "workgroupCode",
                new XElement(V3 + "semanticsText", "workgroupCode"),
                Id("value", w))));

    public static WorkgroupMemberQuery? ReadWorkgroupMemberQuery(XElement? query) =>
        query is null ? null : new WorkgroupMemberQuery(Children(query, "workgroupCode").Select(w => RequiredId(Child(w, "value"))).ToList());

    private static XElement Write(QueryParameterList list) =>
        new(V3 + "parameterList",
            Parameter("userID", Id("value", list.UserId)),
            Parameter("userRoleProfileID", Id("value", list.RoleProfileId)),
            list.WorkgroupCodes.Select(w => Parameter("workgroupCode", Id("value", w))));

    private static QueryParameterList? ReadParameterList(XElement? list) => list is null ? null :
        new QueryParameterList(RequiredId(ParameterValue(list, "userID")), RequiredId(ParameterValue(list, "userRoleProfileID")),
            Children(list, "workgroupCode").Select(w => RequiredId(Child(w, "value"))).ToList());

    /// <summary>A query parameter: its <c>value</c> then <c>semanticsText</c>, which Spine 2 requires and which names the parameter.</summary>
    private static XElement Parameter(string name, XElement value) => new(V3 + name, value, new XElement(V3 + "semanticsText", name));

    private static XElement? ParameterValue(XElement? parent, string parameter) => Path(parent, parameter, "value");
}
