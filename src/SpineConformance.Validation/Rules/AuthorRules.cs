using SpineConformance.Hl7.Xml;
using System.Xml.Linq;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Validation.Findings;
using static SpineConformance.Validation.Rules.Hl7Paths;

namespace SpineConformance.Validation.Rules;

/// <summary>The ControlActEvent authors (ACS.md §4.1–§4.2): <c>author</c> 0..1 (the user), <c>author1</c> 1..2 (the systems).</summary>
public static class AuthorRules
{
    public static MessageRule Cardinality { get; } = new(
        "SYNC-CACT-AUTHOR-CARDINALITY",
        "ErrorBase1732.CONTROL_ACT_AUTHOR_INVALID_CARDINALITY",
        ValidationLayer.Wrapper,
        "ControlActEvent has at most one author and one or two author1",
        CheckCardinality)
    { Source = "ACS.md §4 [C]" };

    public static MessageRule Person { get; } = new(
        "SYNC-CACT-AUTHOR",
        "ErrorBase1732.CONTROL_ACT_AUTHOR_INVALID",
        ValidationLayer.Wrapper,
        $"When author is present, AgentPersonSDS carries the role profile id (root {SdsRoleProfileId.Oid}), the SDS user id (root {SdsUserId.Oid}) and the job role (root {JobRoleCode.Oid}), each with an extension",
        CheckPerson)
    { Source = "ACS.md §4.1 [C]" };

    public static MessageRule FirstSystem { get; } = new(
        "SYNC-CACT-AUTHOR1-ASID",
        "ErrorBase1732.CONTROL_ACT_AUTHOR_AGENT_INVALID",
        ValidationLayer.Wrapper,
        $"The first author1's agentSystemSDS/id has root {Hl7.Identifiers.Asid.Oid} and the sending ASID as extension",
        CheckFirstSystem)
    { Source = "ACS.md §4.2 [C]" };

    public static MessageRule SecondSystem { get; } = new(
        "SYNC-CACT-AUTHOR1-SECOND",
        "ErrorBase1732.CONTROL_ACT_AUTHOR_AGENT2_INVALID",
        ValidationLayer.Wrapper,
        "A second author1, when present, has an id with a non-empty root and extension",
        CheckSecondSystem)
    { Source = "ACS.md §4.2 [C]" };

    public static IReadOnlyList<MessageRule> All { get; } = [Cardinality, Person, FirstSystem, SecondSystem];

    private static IEnumerable<Violation> CheckCardinality(MessageUnderTest m)
    {
        var controlAct = m.Message.ControlActEvent;
        if (controlAct is null)
        {
            yield break;
        }

        var (authors, systems) = (0, 0);
        for (var node = controlAct.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement element)
            {
                authors += element.Name == AuthorName ? 1 : 0;
                systems += element.Name == Author1Name ? 1 : 0;
            }
        }

        if (authors > 1 || systems is < 1 or > 2)
        {
            yield return new Violation(ControlAct(m), "author 0..1 and author1 1..2", $"{authors} author, {systems} author1") { Node = controlAct };
        }
    }

    private static IEnumerable<Violation> CheckPerson(MessageUnderTest m)
    {
        var agent = m.Message.ControlActEvent?.Element(V3 + "author")?.Element(V3 + "AgentPersonSDS");
        if (m.Message.ControlActEvent?.Element(V3 + "author") is null)
        {
            yield break;
        }

        foreach (var (below, id, root, what) in PersonIds(agent))
        {
            var actualRoot = id?.Attribute(AttributeNames.Root)?.Value;
            var extension = id?.Attribute(AttributeNames.Extension)?.Value;
            if (actualRoot != root || string.IsNullOrWhiteSpace(extension))
            {
                // The path is made only for a finding: most messages pass.
                yield return new Violation(ControlAct(m) + "/hl7:author/hl7:AgentPersonSDS" + below, $"the {what}: root '{root}' with a non-empty extension",
                    id is null ? "(absent)" : $"root {Describe(actualRoot)}, extension {Describe(extension)}") { Node = id ?? (XObject?)agent };
            }
        }
    }

    private static IEnumerable<Violation> CheckFirstSystem(MessageUnderTest m)
    {
        var first = m.Message.ControlActEvent?.Elements(V3 + "author1").FirstOrDefault();
        if (first is null)
        {
            yield break;
        }

        var id = SystemId(first);
        if (id?.Attribute(AttributeNames.Root)?.Value != Asid.Oid || string.IsNullOrWhiteSpace(id.Attribute(AttributeNames.Extension)?.Value))
        {
            yield return new Violation(ControlAct(m) + "/hl7:author1[1]/hl7:AgentSystemSDS/hl7:agentSystemSDS/hl7:id",
                $"root '{Asid.Oid}' with the sending ASID",
                id is null ? "(absent)" : $"root {Describe(id.Attribute(AttributeNames.Root)?.Value)}, extension {Describe(id.Attribute(AttributeNames.Extension)?.Value)}")
            { Node = id ?? (XObject)first };
        }
    }

    private static IEnumerable<Violation> CheckSecondSystem(MessageUnderTest m)
    {
        var second = m.Message.ControlActEvent?.Elements(V3 + "author1").Skip(1).FirstOrDefault();
        if (second is null)
        {
            yield break;
        }

        var id = SystemId(second);
        if (string.IsNullOrWhiteSpace(id?.Attribute(AttributeNames.Root)?.Value) || string.IsNullOrWhiteSpace(id.Attribute(AttributeNames.Extension)?.Value))
        {
            yield return new Violation(ControlAct(m) + "/hl7:author1[2]/hl7:AgentSystemSDS/hl7:agentSystemSDS/hl7:id",
                "a non-empty root and extension",
                id is null ? "(absent)" : $"root {Describe(id.Attribute(AttributeNames.Root)?.Value)}, extension {Describe(id.Attribute(AttributeNames.Extension)?.Value)}")
            { Node = id ?? (XObject)second };
        }
    }

    private static readonly XName AuthorName = V3 + "author";

    private static readonly XName Author1Name = V3 + "author1";

    // The three ids of AgentPersonSDS, each with its path below AgentPersonSDS, the root it must have and what it is.
    private static IEnumerable<(string Below, XElement? Id, string Root, string What)> PersonIds(XElement? agent)
    {
        yield return ("/hl7:id", agent?.Element(V3 + "id"), SdsRoleProfileId.Oid, "role profile id");
        yield return ("/hl7:agentPersonSDS/hl7:id", agent?.Element(V3 + "agentPersonSDS")?.Element(V3 + "id"), SdsUserId.Oid, "SDS user id");
        yield return ("/hl7:part/hl7:partSDSRole/hl7:id", agent?.Element(V3 + "part")?.Element(V3 + "partSDSRole")?.Element(V3 + "id"), JobRoleCode.Oid, "job role");
    }

    private static XElement? SystemId(XElement author1) =>
        author1.Element(V3 + "AgentSystemSDS")?.Element(V3 + "agentSystemSDS")?.Element(V3 + "id");
}
