using System.Xml.Linq;
using SpineConformance.SecondClient.Identity;
using static SpineConformance.SecondClient.Wire.WireNames;

namespace SpineConformance.SecondClient.Wire;

/// <summary>
/// The HL7 message every request travels in: the transmission wrapper (MCCI_MT010101UK12) and the control act with the
/// acting user (<c>author</c>) and this system (<c>author1</c>). The caller places the payload.
/// </summary>
internal sealed class Hl7Interaction(SecondClientOptions options, MessageStamps stamps)
{
    public XElement Build(string interactionId, ActingUser user, XElement payload)
    {
        var controlAct = new XElement(V3 + "ControlActEvent", new XAttribute("classCode", "CACT"), new XAttribute("moodCode", "EVN"),
            Author(user),
            new XElement(V3 + "author1", new XAttribute("typeCode", "AUT"),
                new XElement(V3 + "AgentSystemSDS", new XAttribute("classCode", "AGNT"),
                    new XElement(V3 + "agentSystemSDS", new XAttribute("classCode", "DEV"), new XAttribute("determinerCode", "INSTANCE"),
                        Id(AsidOid, options.SystemAsid)))),
            payload);

        return new XElement(V3 + interactionId,
            new XElement(V3 + "id", new XAttribute("root", stamps.NewId())),
            new XElement(V3 + "creationTime", new XAttribute("value", stamps.Hl7Now())),
            new XElement(V3 + "versionCode", new XAttribute("code", VersionCode)),
            new XElement(V3 + "interactionId", new XAttribute("root", InteractionOid), new XAttribute("extension", interactionId)),
            Coded("processingCode", "P"),
            Coded("processingModeCode", "T"),
            Coded("acceptAckCode", "NE"),
            Device("communicationFunctionRcv", "RCV", options.SpineAsid),
            Device("communicationFunctionSnd", "SND", options.SystemAsid),
            controlAct);
    }

    private static XElement Author(ActingUser user) =>
        new(V3 + "author", new XAttribute("typeCode", "AUT"),
            new XElement(V3 + "AgentPersonSDS", new XAttribute("classCode", "AGNT"),
                Id(RoleProfileOid, user.RoleProfileId),
                new XElement(V3 + "agentPersonSDS", new XAttribute("classCode", "PSN"), new XAttribute("determinerCode", "INSTANCE"), Id(UserOid, user.UserId)),
                new XElement(V3 + "part", new XAttribute("typeCode", "PART"),
                    new XElement(V3 + "partSDSRole", new XAttribute("classCode", "ROL"), Id(JobRoleOid, user.JobRole)))));

    private static XElement Device(string name, string typeCode, string asid) =>
        new(V3 + name, new XAttribute("typeCode", typeCode),
            new XElement(V3 + "device", new XAttribute("classCode", "DEV"), new XAttribute("determinerCode", "INSTANCE"), Id(AsidOid, asid)));

    private static XElement Coded(string name, string code) => new(V3 + name, new XAttribute("code", code));

    private static XElement Id(string root, string extension) => new(V3 + "id", new XAttribute("root", root), new XAttribute("extension", extension));
}
