using System.Xml.Linq;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Wrappers;

/// <summary>Builds the small HL7 elements the wrappers are made of.</summary>
public static class Hl7Elements
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public static XElement Id(string name, string root, string? extension = null) =>
        new(V3 + name, new XAttribute("root", root), extension is null ? null : new XAttribute("extension", extension));

    public static XElement Value(string name, string attribute, string value) =>
        new(V3 + name, new XAttribute(attribute, value));

    public static XElement Code(string name, string code) => Value(name, "code", code);

    /// <summary><c>communicationFunctionRcv</c>/<c>Snd</c> with its device and ASID.</summary>
    public static XElement CommunicationFunction(XName name, string typeCode, string asid) =>
        new(name,
            new XAttribute("typeCode", typeCode),
            new XElement(V3 + "device",
                new XAttribute("classCode", "DEV"),
                new XAttribute("determinerCode", "INSTANCE"),
                Id("id", Asid.Oid, asid)));

    /// <summary><see cref="Id(string, string, string?)"/> straight to UTF-8, in HL7's default namespace.</summary>
    public static void Id(Utf8AnswerWriter writer, string name, string root, string? extension = null)
    {
        writer.Start(string.Empty, name).Attribute("root", root);
        if (extension is not null)
        {
            writer.Attribute("extension", extension);
        }

        writer.End();
    }

    public static void Value(Utf8AnswerWriter writer, string name, string attribute, string value) =>
        writer.Start(string.Empty, name).Attribute(attribute, value).End();

    public static void Code(Utf8AnswerWriter writer, string name, string code) => Value(writer, name, "code", code);

    /// <summary><see cref="CommunicationFunction(XName, string, string)"/> straight to UTF-8, in HL7's default namespace.</summary>
    public static void CommunicationFunction(Utf8AnswerWriter writer, string name, string typeCode, string asid)
    {
        writer.Start(string.Empty, name).Attribute("typeCode", typeCode)
            .Start(string.Empty, "device").Attribute("classCode", "DEV").Attribute("determinerCode", "INSTANCE");
        Id(writer, "id", Asid.Oid, asid);
        writer.End().End();
    }

    public static XElement Author(AuthorPerson person) =>
        new(V3 + "author",
            new XAttribute("typeCode", "AUT"),
            new XElement(V3 + "AgentPersonSDS",
                new XAttribute("classCode", "AGNT"),
                Id("id", SdsRoleProfileId.Oid, person.RoleProfileId.Value),
                new XElement(V3 + "agentPersonSDS",
                    new XAttribute("classCode", "PSN"),
                    new XAttribute("determinerCode", "INSTANCE"),
                    Id("id", SdsUserId.Oid, person.UserId.Value)),
                new XElement(V3 + "part",
                    new XAttribute("typeCode", "PART"),
                    new XElement(V3 + "partSDSRole",
                        new XAttribute("classCode", "ROL"),
                        Id("id", JobRoleCode.Oid, person.JobRole.Value)))));

    public static XElement Author1(string asid) =>
        new(V3 + "author1",
            new XAttribute("typeCode", "AUT"),
            new XElement(V3 + "AgentSystemSDS",
                new XAttribute("classCode", "AGNT"),
                new XElement(V3 + "agentSystemSDS",
                    new XAttribute("classCode", "DEV"),
                    new XAttribute("determinerCode", "INSTANCE"),
                    Id("id", Asid.Oid, asid))));

    public static XElement Reason(DetectedIssue issue) =>
        new(V3 + "reason",
            new XAttribute("typeCode", "RSON"),
            new XElement(V3 + "justifyingDetectedIssueEvent",
                new XAttribute("classCode", "ALRT"),
                new XAttribute("moodCode", "EVN"),
                new XElement(V3 + "code",
                    new XAttribute("code", issue.Code),
                    new XAttribute("codeSystem", issue.CodeSystem),
                    new XAttribute("displayName", issue.DisplayName),
                    Code("qualifier", issue.Qualifier))));
}
