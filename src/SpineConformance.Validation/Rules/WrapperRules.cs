using SpineConformance.Hl7.Xml;
using System.Xml.Linq;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Validation.Findings;
using static SpineConformance.Validation.Rules.Hl7Paths;

namespace SpineConformance.Validation.Rules;

/// <summary>Transmission wrapper presence and header-to-body consistency (ACS.md §3.3–§3.4, TRANSPORT.md §1.3): <c>ErrorBase1732.*</c>.</summary>
public static class WrapperRules
{
    public static MessageRule InteractionIdConsistent { get; } = new(
        "SYNC-WRAP-INTERACTION-ID",
        "ErrorBase1732.INCONSISTENT_HL7_INTERACTION_ID",
        ValidationLayer.Wrapper,
        $"interactionId has root {Hl7.Identifiers.InteractionId.Oid}, and its extension equals the part of wsa:Action after '/' and the body root element's name",
        CheckInteractionId)
    { Source = "ACS.md §3.4 [C]" };

    public static MessageRule ReceiverConsistent { get; } = new(
        "SYNC-WRAP-COMM-FUNC-RCV",
        "ErrorBase1732.INCONSISTENT_COMM_FUNC_RCV",
        ValidationLayer.Wrapper,
        "The body's communicationFunctionRcv ASID equals the SOAP header's",
        m => SameAsid(m, "communicationFunctionRcv", m.Message.HeaderReceiverAsid, m.Message.BodyReceiverAsid))
    { Source = "ACS.md §3.4 [C]" };

    public static MessageRule SenderConsistent { get; } = new(
        "SYNC-WRAP-COMM-FUNC-SND",
        "ErrorBase1732.INCONSISTENT_COMM_FUNC_SND",
        ValidationLayer.Wrapper,
        "The body's communicationFunctionSnd ASID equals the SOAP header's",
        m => SameAsid(m, "communicationFunctionSnd", m.Message.HeaderSenderAsid, m.Message.BodySenderAsid))
    { Source = "ACS.md §3.4 [C]" };

    public static MessageRule Id { get; } = new(
        "SYNC-WRAP-ID",
        "ErrorBase1732.INVALID_ID",
        ValidationLayer.Wrapper,
        "The wrapper's id has a non-empty root (the message UUID)",
        m => Present(m, "id", "root"))
    { Source = "ACS.md §3.3 [C]" };

    public static MessageRule CreationTime { get; } = new(
        "SYNC-WRAP-CREATION-TIME",
        "ErrorBase1732.INVALID_CREATION_TIME",
        ValidationLayer.Wrapper,
        "The wrapper's creationTime has a non-empty value",
        m => Present(m, "creationTime", "value"))
    { Source = "ACS.md §3.3 [C]" };

    /// <summary>
    /// Every interaction: a code, and one HL7 <c>cs</c> token (no spaces inside; spaces around are collapsed away). The
    /// official schemas type <c>versionCode</c> as <c>CS</c>, whose code is <c>xsd:token</c> with the pattern <c>[^\s]*</c>, so
    /// "V3NPfIT 3.0" is refused by every one of them. An empty code the schemas' <c>cs</c> would let through; Spine's
    /// wrapper rule (ACS.md §3.3) does not.
    /// </summary>
    public static MessageRule VersionCode { get; } = new(
        "SYNC-WRAP-VERSION-CODE",
        "ErrorBase1732.INVALID_VERSION_CODE",
        ValidationLayer.Wrapper,
        "The wrapper's versionCode has a non-empty code with no spaces inside (an HL7 cs token)",
        CheckVersionCodeToken)
    { Source = "ACS.md §3.3 [C]; the token form: every official interaction schema types versionCode as CS (datatypes.xsd cs, pattern [^\\s]*) [C]" };

    /// <summary>
    /// For an interaction whose official schema restricts <c>versionCode</c> to HL7StandardVersionCode (ACS Set, the Workgroup
    /// Member Query): a non-empty code is one of the listed values. An absent or empty one is <see cref="VersionCode"/>'s.
    /// </summary>
    public static MessageRule ListedVersionCode(string id, string source) => new(
        id,
        "ErrorBase1732.INVALID_VERSION_CODE",
        ValidationLayer.Wrapper,
        "The wrapper's versionCode is one of the HL7StandardVersionCode values the interaction's schema lists",
        CheckListedVersionCode)
    { Source = source };

    public static MessageRule ControlActEvent { get; } = new(
        "SYNC-WRAP-CONTROL-ACT",
        "ErrorBase1732.INVALID_CONTROL_ACT",
        ValidationLayer.Wrapper,
        "The wrapper holds exactly one ControlActEvent",
        CheckControlAct)
    { Source = "ACS.md §3.3 [C]" };

    public static MessageRule PayloadPresent { get; } = new(
        "SYNC-CACT-PAYLOAD",
        "ErrorBase1732.CONTROL_ACT_QUERY_INVALID",
        ValidationLayer.Wrapper,
        "ControlActEvent holds exactly one payload element after its authors and reasons",
        CheckPayload)
    { Source = "ACS.md §4.4 [C]" };

    public static IReadOnlyList<MessageRule> All { get; } =
        [InteractionIdConsistent, ReceiverConsistent, SenderConsistent, Id, CreationTime, VersionCode, ControlActEvent, PayloadPresent];

    private static readonly HashSet<string> ControlActParts = ["author", "author1", "reason"];

    private static readonly XName ControlActEventName = V3 + "ControlActEvent";

    // The XML white space characters an xsd:token collapses.
    private static readonly char[] XmlSpace = [' ', '\t', '\n', '\r'];

    private static string CollapsedToken(string value) => value.Trim(XmlSpace);

    /// <summary>The payload elements of a ControlActEvent: everything that is not an author or a reason.</summary>
    public static IEnumerable<XElement> Payloads(XElement? controlAct) =>
        controlAct?.Elements().Where(IsPayload) ?? [];

    /// <summary>The first payload element of a ControlActEvent named <paramref name="localName"/> (any namespace), found without allocating.</summary>
    public static XElement? FirstPayloadNamed(XElement? controlAct, string localName)
    {
        for (var node = controlAct?.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement element && element.Name.LocalName == localName && IsPayload(element))
            {
                return element;
            }
        }

        return null;
    }

    private static bool IsPayload(XElement element) => !(element.Name.Namespace == V3 && ControlActParts.Contains(element.Name.LocalName));

    private static IEnumerable<Violation> CheckInteractionId(MessageUnderTest m)
    {
        var root = m.Message.Interaction;
        var id = root?.Element(V3 + "interactionId");
        var extension = id?.Attribute(AttributeNames.Extension)?.Value;
        var action = m.Message.Action;
        var fromAction = action is not null && action.Contains('/', StringComparison.Ordinal) ? action[(action.LastIndexOf('/') + 1)..] : null;
        if (id?.Attribute(AttributeNames.Root)?.Value != Hl7Constants.InteractionIdRoot)
        {
            yield return new Violation(Body(m) + "/hl7:interactionId/@root", $"'{Hl7Constants.InteractionIdRoot}'", Describe(id?.Attribute(AttributeNames.Root)?.Value)) { Node = id };
        }

        if (extension is null || extension != fromAction || extension != root?.Name.LocalName)
        {
            yield return new Violation(Body(m) + "/hl7:interactionId/@extension",
                $"the same interaction as wsa:Action ({Describe(fromAction)}) and the body root element ({Describe(root?.Name.LocalName)})",
                Describe(extension)) { Node = id };
        }
    }

    private static IEnumerable<Violation> SameAsid(MessageUnderTest m, string function, string? header, string? body)
    {
        if (header != body)
        {
            yield return new Violation($"{Body(m)}/hl7:{function}/hl7:device/hl7:id/@extension",
                $"the SOAP header's ASID {Describe(header)}", Describe(body))
            { Node = m.Message.Interaction?.Element(V3 + function) };
        }
    }

    private static IEnumerable<Violation> Present(MessageUnderTest m, string element, string attribute)
    {
        var node = m.Message.Interaction?.Element(V3 + element);
        var value = node?.Attribute(attribute)?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return new Violation($"{Body(m)}/hl7:{element}/@{attribute}", "a non-empty value", Describe(value)) { Node = node };
        }
    }

    private static IEnumerable<Violation> CheckVersionCodeToken(MessageUnderTest m)
    {
        var node = m.Message.Interaction?.Element(V3 + "versionCode");
        var value = node?.Attribute(AttributeNames.Code)?.Value;
        if (string.IsNullOrWhiteSpace(value))
        {
            yield return new Violation($"{Body(m)}/hl7:versionCode/@code", "a non-empty value", Describe(value)) { Node = node };
        }
        else if (CollapsedToken(value).AsSpan().IndexOfAny(XmlSpace) >= 0)
        {
            yield return new Violation($"{Body(m)}/hl7:versionCode/@code", "one code with no spaces inside, such as V3NPfIT3.0", Describe(value)) { Node = node };
        }
    }

    private static IEnumerable<Violation> CheckListedVersionCode(MessageUnderTest m)
    {
        var node = m.Message.Interaction?.Element(V3 + "versionCode");
        var value = node?.Attribute(AttributeNames.Code)?.Value;
        // Compared as the schema compares it: an xsd:token, spaces around it collapsed away. One with spaces inside is
        // VersionCode's to report, so it is not reported twice.
        if (!string.IsNullOrWhiteSpace(value) && CollapsedToken(value) is var token && token.AsSpan().IndexOfAny(XmlSpace) < 0
            && !Hl7.Wrappers.Hl7StandardVersionCodes.Listed.Contains(token))
        {
            yield return new Violation($"{Body(m)}/hl7:versionCode/@code", "an HL7StandardVersionCode value such as V3NPfIT3.0", Describe(value)) { Node = node };
        }
    }

    private static IEnumerable<Violation> CheckControlAct(MessageUnderTest m)
    {
        var count = 0;
        for (var node = m.Message.Interaction?.FirstNode; node is not null; node = node.NextNode)
        {
            count += node is XElement { Name: var name } && name == ControlActEventName ? 1 : 0;
        }

        if (count != 1)
        {
            yield return new Violation(ControlAct(m), "exactly one ControlActEvent", $"{count}") { Node = m.Message.Interaction };
        }
    }

    private static IEnumerable<Violation> CheckPayload(MessageUnderTest m)
    {
        var controlAct = m.Message.ControlActEvent;
        if (controlAct is null)
        {
            yield break;
        }

        var count = 0;
        XElement? first = null;
        for (var node = controlAct.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement element && IsPayload(element))
            {
                count++;
                first ??= element;
            }
        }

        if (count != 1 || !first!.HasElements)
        {
            yield return new Violation(ControlAct(m) + "/*", "exactly one payload element with content",
                count == 1 ? $"an empty {first!.Name.LocalName}" : $"{count} payload elements")
            { Node = controlAct };
        }
    }
}
