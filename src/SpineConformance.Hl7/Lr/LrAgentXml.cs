using System.Xml.Linq;
using static SpineConformance.Hl7.Lr.LrXml;

namespace SpineConformance.Hl7.Lr;

/// <summary>Writes an <see cref="LrAgent"/> under its MIM element name and reads whichever choice a participation holds.</summary>
public static class LrAgentXml
{
    /// <summary>A participation (<c>subject</c>, <c>author</c>…) with its <paramref name="typeCode"/> around the agent.</summary>
    public static XElement Participation(string name, string typeCode, LrAgent agent) => Relationship(name, typeCode, Write(agent));

    public static XElement Write(LrAgent agent) => agent switch
    {
        LrAgent.Person p => new XElement(V3 + "AgentPersonSDS", new XAttribute("classCode", "AGNT"),
            Id("id", p.RoleProfileId),
            Entity("agentPersonSDS", "PSN", Id("id", p.UserId))),
        LrAgent.RequestingUser u => new XElement(V3 + "AgentPerson", new XAttribute("classCode", "AGNT"),
            Id("id", u.RoleProfileId),
            Entity("agentPersonSDS", "PSN", Id("id", u.UserId)),
            u.HasWorkgroups ? Entity("representedOrganization", "ORG", u.WorkgroupIds.Select(w => Id("id", w))) : null),
        LrAgent.Device d => new XElement(V3 + "AgentDeviceSDS", new XAttribute("classCode", "AGNT"),
            Entity("agentDeviceSDS", "DEV", Id("id", d.SystemId))),
        LrAgent.Workgroup w => new XElement(V3 + "AgentOrgSDS", new XAttribute("classCode", "AGNT"),
            w.AgentId is null ? null : Id("id", w.AgentId),
            w.Code is null ? null : Code("code", w.Code),
            Entity("agentOrganizationSDS", "ORG", Id("id", w.WorkgroupId))),
        LrAgent.NamedWorkgroup n => new XElement(V3 + "AgentOrgSDS", new XAttribute("classCode", "AGNT"),
            n.Code is null ? null : Code("code", n.Code),
            Entity("agentWorkgroupSDS", "ORG", Id("id", n.WorkgroupId), new XElement(V3 + "name", n.WorkgroupName)),
            Entity("representedOrganizationSDS", "ORG",
                n.OrganizationId is null ? null : Id("id", n.OrganizationId),
                new XElement(V3 + "name", n.OrganizationName))),
        LrAgent.OtherPerson o => new XElement(V3 + "OtherPerson", new XAttribute("classCode", "AGNT"), Id("id", o.Id)),
        _ => throw new ArgumentOutOfRangeException(nameof(agent), agent, "Unknown LR agent."),
    };

    /// <summary>The agent inside a participation, or <see langword="null"/> when it holds no choice this reader knows.</summary>
    public static LrAgent? Read(XElement? participation)
    {
        foreach (var agent in participation?.Elements() ?? [])
        {
            switch (agent.Name.LocalName)
            {
                case "AgentPersonSDS":
                    return new LrAgent.Person(RequiredId(Child(agent, "id")), RequiredId(Path(agent, "agentPersonSDS", "id")));
                case "AgentPerson":
                    return new LrAgent.RequestingUser(
                        RequiredId(Child(agent, "id")),
                        RequiredId(Path(agent, "agentPersonSDS", "id")),
                        Children(Child(agent, "representedOrganization"), "id").Select(RequiredId).ToList());
                case "AgentDeviceSDS":
                    return new LrAgent.Device(RequiredId(Path(agent, "agentDeviceSDS", "id")));
                case "AgentOrgSDS" when Child(agent, "agentWorkgroupSDS") is { } workgroup:
                    var organization = Child(agent, "representedOrganizationSDS");
                    return new LrAgent.NamedWorkgroup(RequiredId(Child(workgroup, "id")), Child(workgroup, "name")?.Value ?? string.Empty, Child(organization, "name")?.Value ?? string.Empty)
                    {
                        Code = ReadCode(Child(agent, "code")),
                        OrganizationId = ReadId(Child(organization, "id")),
                    };
                case "AgentOrgSDS":
                    return new LrAgent.Workgroup(RequiredId(Path(agent, "agentOrganizationSDS", "id")))
                    {
                        AgentId = ReadId(Child(agent, "id")),
                        Code = ReadCode(Child(agent, "code")),
                    };
                case "OtherPerson":
                    return new LrAgent.OtherPerson(RequiredId(Child(agent, "id")));
            }
        }

        return null;
    }
}
