using System.Xml.Linq;
using static SpineConformance.Hl7.Lr.LrXml;

namespace SpineConformance.Hl7.Lr;

public static partial class LrPayloadXml
{
    public const string AddToWorkgroupRequest = "AddToWorkgroupRequest";
    public const string RemoveFromWorkgroupRequest = "RemoveFromWorkgroupRequest";
    public const string AddToWorkgroupResponse = "AddToWorkgroupResponse";
    public const string RemoveFromWorkgroupResponse = "RemoveFromWorkgroupResponse";

    /// <summary>A membership request under <paramref name="element"/>: <see cref="AddToWorkgroupRequest"/> or <see cref="RemoveFromWorkgroupRequest"/>.</summary>
    public static XElement Write(string element, WorkgroupMembershipRequest request) =>
        Act(element, "REG", "RQO",
            Code("code", request.Code),
            Relationship("subject", "SBJ",
                new XElement(V3 + "agentPersonSDS", new XAttribute("classCode", "AGNT"),
                    Id("id", request.Member.RoleProfileId),
                    Entity("agentPersonSDS", "PSN", Id("id", request.Member.UserId)),
                    Relationship("part", "PART", LrAgentXml.Write(request.Workgroup)))),
            Relationship("author", "AUT",
                new XElement(V3 + "originatingURP", new XAttribute("classCode", "AGNT"),
                    Id("id", request.OriginatingRoleProfileId),
                    Relationship("subjectOf", "SBJ",
                        Act("identifiedWorkgroupsOnly", "OBS", "EVN",
                            Code("code", request.IdentifiedWorkgroupsOnlyCode),
                            Value("value", request.IdentifiedWorkgroupsOnly))))));

    public static WorkgroupMembershipRequest? ReadWorkgroupMembershipRequest(XElement? payload)
    {
        if (payload is null)
        {
            return null;
        }

        var member = Path(payload, "subject", "agentPersonSDS");
        var originating = Path(payload, "author", "originatingURP");
        var observation = Path(originating, "subjectOf", "identifiedWorkgroupsOnly");
        return new WorkgroupMembershipRequest(
            RequiredCode(Child(payload, "code")),
            new LrAgent.Person(RequiredId(Child(member, "id")), RequiredId(Path(member, "agentPersonSDS", "id"))),
            LrAgentXml.Read(Child(member, "part")) as LrAgent.Workgroup ?? new LrAgent.Workgroup(Missing),
            RequiredId(Child(originating, "id")),
            ReadValue(Child(observation, "value")) ?? string.Empty)
        {
            IdentifiedWorkgroupsOnlyCode = RequiredCode(Child(observation, "code")),
        };
    }

    /// <summary>A membership response under <paramref name="element"/>, its flag named <c>alreadyAMember</c> (add) or <c>wasNotAMember</c> (remove).</summary>
    public static XElement Write(string element, WorkgroupMembershipResponse response) =>
        Act(element, "REG", "EVN",
            Code("code", response.Code),
            Relationship("subject", "SBJ",
                new XElement(V3 + "agentPersonSDS", new XAttribute("classCode", "AGNT"),
                    Id("id", response.RoleProfileId),
                    response.Flag is null ? null : Relationship("subjectOf", "SBJ",
                        Act(element == RemoveFromWorkgroupResponse ? "wasNotAMember" : "alreadyAMember", "OBS", "EVN",
                            Code("code", response.Flag.Code),
                            Value("value", response.Flag.Value))))));

    public static WorkgroupMembershipResponse? ReadWorkgroupMembershipResponse(XElement? payload)
    {
        if (payload is null)
        {
            return null;
        }

        var agent = Path(payload, "subject", "agentPersonSDS");
        var flag = Child(agent, "subjectOf")?.Elements().FirstOrDefault();
        return new WorkgroupMembershipResponse(RequiredCode(Child(payload, "code")), RequiredId(Child(agent, "id")))
        {
            Flag = flag is null ? null : new MembershipFlag(RequiredCode(Child(flag, "code")), ReadValue(Child(flag, "value")) ?? string.Empty),
        };
    }

    public static XElement Write(WorkgroupMemberQueryResponse response) =>
        Act("WorkgroupMemberQueryResponse", "OBS", "EVN", response.Workgroups.Select(w => Relationship("subject1", "SBJ",
            new XElement(V3 + "workgroup", new XAttribute("classCode", "ROL"),
                new XElement(V3 + "code", new XAttribute("code", w.TypeCode), new XAttribute("codeSystem", LrVocabulary.WorkgroupType.CodeSystem)),
                Id("id", w.Id),
                Relationship("subjectOf", "SBJ", Act("workgroupName", "OBS", "EVN", Attribute("WGN"), new XElement(V3 + "value", w.Name))),
                Relationship("subjectOf1", "SBJ", Act("workgroupStatus", "OBS", "EVN", Attribute("WGS"), Code("value", w.Status)))))));

    public static WorkgroupMemberQueryResponse? ReadWorkgroupMemberQueryResponse(XElement? payload) => payload is null ? null :
        new WorkgroupMemberQueryResponse(Children(payload, "subject1").Select(s => Child(s, "workgroup")).OfType<XElement>().Select(w => new WorkgroupDetails(
            Child(w, "code")?.Attribute("code")?.Value ?? string.Empty,
            RequiredId(Child(w, "id")),
            ReadText(Path(w, "subjectOf", "workgroupName", "value")) ?? string.Empty,
            RequiredCode(Path(w, "subjectOf1", "workgroupStatus", "value")))).ToList());

    public static XElement Write(URPIDResponse response) =>
        Act("URPIDResponse", "OBS", "EVN",
            Relationship("subject", "SBJ",
                new XElement(V3 + "identifiedUser", new XAttribute("classCode", "IDENT"),
                    Entity("identifiedPersonSDS", "PSN",
                        Id("id", response.UserId),
                        response.RoleProfiles.Select(Write)))));

    public static URPIDResponse? ReadURPIDResponse(XElement? payload)
    {
        var person = Path(payload, "subject", "identifiedUser", "identifiedPersonSDS");
        return payload is null ? null : new URPIDResponse(RequiredId(Child(person, "id")), Children(person, "playedAgentPersonSDS").Select(p =>
        {
            var organization = Child(p, "representedOrganizationSDS");
            return new UserRoleProfile(
                RequiredId(Child(p, "id")),
                RequiredId(Child(organization, "id")),
                ReadText(Child(organization, "name")) ?? string.Empty,
                RequiredCode(Path(p, "part2", "partSDSRole", "code")),
                Children(p, "part1").Select(part => Path(part, "partAgentOrgSDS", "agentWorkgroupSDS")).OfType<XElement>()
                    .Select(w => new WorkgroupReference(RequiredId(Child(w, "id")), ReadText(Child(w, "name")) ?? string.Empty)).ToList());
        }).ToList());
    }

    private static XElement Write(UserRoleProfile profile) =>
        new(V3 + "playedAgentPersonSDS", new XAttribute("classCode", "AGNT"),
            Id("id", profile.Id),
            Entity("representedOrganizationSDS", "ORG", Id("id", profile.OrganizationId), new XElement(V3 + "name", profile.OrganizationName)),
            Relationship("part2", "PART", new XElement(V3 + "partSDSRole", new XAttribute("classCode", "ROL"), Code("code", profile.JobRole))),
            profile.Workgroups.Select(w => Relationship("part1", "PART",
                new XElement(V3 + "partAgentOrgSDS", new XAttribute("classCode", "AGNT"),
                    Entity("agentWorkgroupSDS", "ORG", Id("id", w.Id), new XElement(V3 + "name", w.Name))))));

    // The workgroup attribute observations' code: WGN or WGS, code system fixed, display name prohibited.
    private static XElement Attribute(string code) =>
        new(V3 + "code", new XAttribute("code", code), new XAttribute("codeSystem", LrVocabulary.WorkgroupAttribute.CodeSystem));
}
