using System.Xml.Linq;
using SpineConformance.Drivers;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Specs.Support;

/// <summary>
/// Whether a request names who acted and from which system, each id in its slot and under its own OID: the acting
/// user's role profile, SDS user id and job role in the control act's author, and the system's ASID as sender (header,
/// wrapper, author1) with Spine's as receiver. A failure names the slot, the id found and the OID it was under.
/// </summary>
public static class RequestNames
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public static void Check(SentRequest sent, SutUser actingUser, TestIdentities identities)
    {
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(actingUser);
        ArgumentNullException.ThrowIfNull(identities);
        var message = sent.Message;
        var agent = message.ControlActEvent?.Element(V3 + "author")?.Element(V3 + "AgentPersonSDS");
        var problems = new List<string>();
        Expect(problems, "author role profile id (ControlActEvent/author/AgentPersonSDS/id)", agent?.Element(V3 + "id"), SdsRoleProfileId.Oid, actingUser.RoleProfileId);
        Expect(problems, "author SDS user id (agentPersonSDS/id)", agent?.Element(V3 + "agentPersonSDS")?.Element(V3 + "id"), SdsUserId.Oid, actingUser.UserId);
        Expect(problems, "author job role (partSDSRole/id)", agent?.Descendants(V3 + "partSDSRole").FirstOrDefault()?.Element(V3 + "id"), JobRoleCode.Oid, actingUser.JobRole);
        Expect(problems, "wrapper communicationFunctionSnd device id", Device(message.Interaction, "communicationFunctionSnd"), Asid.Oid, identities.SystemAsid.Value);
        Expect(problems, "wrapper communicationFunctionRcv device id", Device(message.Interaction, "communicationFunctionRcv"), Asid.Oid, identities.SpineAsid.Value);
        Expect(problems, "author1 system ASID (AgentSystemSDS/agentSystemSDS/id)",
            message.ControlActEvent?.Element(V3 + "author1")?.Descendants(V3 + "id").FirstOrDefault(), Asid.Oid, identities.SystemAsid.Value);
        if (!sent.IsEbxml)
        {
            Expect(problems, "SOAP header communicationFunctionSnd device id", Device(message.Header, "communicationFunctionSnd"), Asid.Oid, identities.SystemAsid.Value);
            Expect(problems, "SOAP header communicationFunctionRcv device id", Device(message.Header, "communicationFunctionRcv"), Asid.Oid, identities.SpineAsid.Value);
        }

        Assert.That(problems, Is.Empty,
            $"The request should name the user who acted (role profile {actingUser.RoleProfileId}, user {actingUser.UserId}, job role {actingUser.JobRole}) "
            + $"and the system {identities.SystemAsid.Value}:{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", problems)}");
    }

    private static XElement? Device(XElement? parent, string function) =>
        parent?.Element(V3 + function)?.Element(V3 + "device")?.Element(V3 + "id");

    private static void Expect(List<string> problems, string slot, XElement? id, string oid, string extension)
    {
        if (id is null)
        {
            problems.Add($"{slot} is missing; expected {extension} under {KnownOids.Describe(oid)}");
            return;
        }

        var (foundRoot, foundExtension) = (id.Attribute("root")?.Value, id.Attribute("extension")?.Value);
        if (foundExtension != extension)
        {
            problems.Add($"{slot} is {foundExtension ?? "(no extension)"}, not {extension}");
        }

        if (foundRoot != oid)
        {
            problems.Add($"{slot} root is {KnownOids.Describe(foundRoot)} instead of {KnownOids.Describe(oid)}");
        }
    }
}
