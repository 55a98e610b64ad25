using SpineConformance.Hl7.Xml;
using System.Xml.Linq;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Validation.Findings;
using static SpineConformance.Validation.Rules.Hl7Paths;

namespace SpineConformance.Validation.Rules;

/// <summary>The SOAP header contract of synchronous requests (TRANSPORT.md §1.2, ACS.md §3.2): <c>ErrorBaseTms.*</c>.</summary>
public static class TransportRules
{
    public static MessageRule MessageId { get; } = new(
        "SYNC-HDR-MESSAGEID",
        "ErrorBaseTms.SOAP_MESSAGE_ID_ERROR",
        ValidationLayer.Transport,
        "wsa:MessageID is present and is exactly 41 characters: 'uuid:' followed by a 36-character UUID",
        CheckMessageId)
    { Source = "ACS.md §3.2 [C]; TRANSPORT.md §1.2" };

    public static MessageRule Action { get; } = new(
        "SYNC-HDR-ACTION",
        "ErrorBaseTms.SOAP_ACTION_ERROR",
        ValidationLayer.Transport,
        "The SOAP header has exactly one wsa:Action",
        m => ExactlyOne(m, "Action", nonEmpty: false))
    { Source = "ACS.md §3.2 [C]" };

    public static MessageRule To { get; } = new(
        "SYNC-HDR-TO",
        "ErrorBaseTms.SOAP_TO_ERROR",
        ValidationLayer.Transport,
        "The SOAP header has exactly one non-empty wsa:To",
        m => ExactlyOne(m, "To", nonEmpty: true))
    { Source = "ACS.md §3.2 [C]" };

    public static MessageRule ReceiverDevice { get; } = new(
        "SYNC-HDR-COMM-FUNC-RCV",
        "ErrorBaseTms.SOAP_COMM_FUNC_RCV_ERROR",
        ValidationLayer.Transport,
        $"The SOAP header's hl7:communicationFunctionRcv/device/id has root {Hl7.Identifiers.Asid.Oid} and a non-empty extension (Spine's ASID)",
        m => HeaderDevice(m, "communicationFunctionRcv"))
    { Source = "ACS.md §3.2 [C]" };

    public static MessageRule SenderDevice { get; } = new(
        "SYNC-HDR-COMM-FUNC-SND",
        "ErrorBaseTms.SOAP_COMM_FUNC_SND_ERROR",
        ValidationLayer.Transport,
        $"The SOAP header's hl7:communicationFunctionSnd/device/id has root {Hl7.Identifiers.Asid.Oid} and a non-empty extension (the sender's ASID)",
        m => HeaderDevice(m, "communicationFunctionSnd"))
    { Source = "ACS.md §3.2 [C]" };

    public static MessageRule SoapActionMatchesWsaAction { get; } = new(
        "SYNC-HTTP-SOAPACTION",
        "ErrorBaseTms.SOAP_ACTION_ERROR",
        ValidationLayer.Transport,
        "The HTTP SOAPAction header is identical to wsa:Action",
        CheckSoapActionHeader)
    { Source = "TRANSPORT.md §1.1 [C]; fault name [I]" };

    public static IReadOnlyList<MessageRule> All { get; } = [MessageId, Action, To, ReceiverDevice, SenderDevice, SoapActionMatchesWsaAction];

    private static IEnumerable<Violation> CheckMessageId(MessageUnderTest m)
    {
        var (count, first, _) = Named(m.Message.Header, Wsa + "MessageID");
        var value = first?.Value.Trim();
        var ok = count == 1
            && value is { Length: WsaMessageId.Length }
            && value.StartsWith(WsaMessageId.Prefix, StringComparison.Ordinal);
        if (!ok)
        {
            yield return new Violation(Header + "/wsa:MessageID", "'uuid:' + 36-character UUID (41 characters)",
                count > 1 ? $"{count} wsa:MessageID elements" : Describe(value) + (value is null ? string.Empty : $" ({value.Length} characters)"))
            { Node = first };
        }
    }

    private static IEnumerable<Violation> ExactlyOne(MessageUnderTest m, string localName, bool nonEmpty)
    {
        var (count, first, second) = Named(m.Message.Header, Wsa + localName);
        if (count != 1)
        {
            yield return new Violation($"{Header}/wsa:{localName}", $"exactly one wsa:{localName}", $"{count} wsa:{localName} elements")
            { Node = second ?? m.Message.Header };
        }
        else if (nonEmpty && string.IsNullOrWhiteSpace(first!.Value))
        {
            yield return new Violation($"{Header}/wsa:{localName}", "a non-empty value", "(empty)") { Node = first };
        }
    }

    private static IEnumerable<Violation> HeaderDevice(MessageUnderTest m, string function)
    {
        var id = m.Message.Header?.Element(V3 + function)?.Element(V3 + "device")?.Element(V3 + "id");
        if (id is null)
        {
            yield return new Violation(DevicePath(function), $"root '{Asid.Oid}' and an ASID extension", "(absent)");
            yield break;
        }

        var root = id.Attribute(AttributeNames.Root)?.Value;
        var extension = id.Attribute(AttributeNames.Extension)?.Value;
        if (root != Asid.Oid || string.IsNullOrWhiteSpace(extension))
        {
            yield return new Violation(DevicePath(function), $"root '{Asid.Oid}' and a non-empty extension",
                $"root {Describe(root)}, extension {Describe(extension)}") { Node = id };
        }
    }

    // Made only for a finding: most messages pass.
    private static string DevicePath(string function) => $"{Header}/hl7:{function}/hl7:device/hl7:id";

    /// <summary>How many children of <paramref name="parent"/> are named <paramref name="name"/>, and the first two, in one walk.</summary>
    private static (int Count, XElement? First, XElement? Second) Named(XElement? parent, XName name)
    {
        var count = 0;
        XElement? first = null;
        XElement? second = null;
        for (var node = parent?.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement element && element.Name == name)
            {
                count++;
                first ??= element;
                second ??= count == 2 ? element : null;
            }
        }

        return (count, first, second);
    }

    private static IEnumerable<Violation> CheckSoapActionHeader(MessageUnderTest m)
    {
        var header = m.SoapActionHeader?.Trim().Trim('"');
        var action = m.Message.Action;
        if (header is null || action is null || header != action)
        {
            yield return new Violation("HTTP header SOAPAction", $"the same value as wsa:Action {Describe(action)}", Describe(m.SoapActionHeader));
        }
    }
}
