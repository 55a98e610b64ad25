using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Ebxml.EbxmlPaths;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// The <c>eb:MessageHeader</c> fields every pattern requires (pattern <c>ebXMLSchema</c>): each present exactly once
/// and non-empty, as Spine tests it (<c>count(...)=1 and string-length(...)&gt;0</c>), else MESSAGE_NOT_WELL_FORMED.
/// </summary>
public static class EbxmlHeaderRules
{
    private const string SchematronSource = "TRANSPORT.md §3.2 [C]; spine2_xslt/ebxmlReliableValidator.xsl, ebxmlAsyncExpressValidator.xsl, Forward-IntermediaryReliability.xsl ebXMLSchema [C]";

    public static EbxmlRule FromPartyId { get; } = Required("EBXML-HDR-FROM-PARTYID", "eb:From/eb:PartyId", h => First(h, "From").Elements(Eb + "PartyId"));

    public static EbxmlRule ToPartyId { get; } = Required("EBXML-HDR-TO-PARTYID", "eb:To/eb:PartyId", h => First(h, "To").Elements(Eb + "PartyId"));

    public static EbxmlRule CpaId { get; } = Required("EBXML-HDR-CPAID", "eb:CPAId", h => h.Elements(Eb + "CPAId"));

    public static EbxmlRule ConversationId { get; } = Required("EBXML-HDR-CONVERSATIONID", "eb:ConversationId", h => h.Elements(Eb + "ConversationId"));

    public static EbxmlRule Service { get; } = Required("EBXML-HDR-SERVICE", "eb:Service", h => h.Elements(Eb + "Service"));

    public static EbxmlRule Action { get; } = Required("EBXML-HDR-ACTION", "eb:Action", h => h.Elements(Eb + "Action"));

    public static EbxmlRule MessageData { get; } = Required("EBXML-HDR-MESSAGEDATA", "eb:MessageData", h => h.Elements(Eb + "MessageData"));

    public static EbxmlRule MessageId { get; } = Required("EBXML-HDR-MESSAGEID", "eb:MessageData/eb:MessageId", h => h.Elements(Eb + "MessageData").Elements(Eb + "MessageId"));

    public static EbxmlRule Timestamp { get; } = Required("EBXML-HDR-TIMESTAMP", "eb:MessageData/eb:Timestamp", h => h.Elements(Eb + "MessageData").Elements(Eb + "Timestamp"));

    public static EbxmlRule Version { get; } = new(
        "EBXML-HDR-VERSION",
        EbxmlFaults.InvalidMessageHeaderVersion,
        "eb:MessageHeader/@eb:version is 2.0 (absent is allowed for express and reliable, not for forward reliable)",
        EbxmlRule.AllPatterns,
        CheckVersion)
    { Source = "TRANSPORT.md §3.2 [C]; StandardHeaderChecks in ebxmlReliableValidator.xsl, HeaderChecks in Forward-IntermediaryReliability.xsl [C]" };

    /// <summary>
    /// Not a check Spine's validators make (they only need the id non-empty), but what every Spine MHS sends and the
    /// harness holds clients to, so duplicate elimination and RefToMessageId matching work with any receiver.
    /// </summary>
    public static EbxmlRule MessageIdFormat { get; } = new(
        "EBXML-HDR-MESSAGEID-FORMAT",
        null,
        "eb:MessageId is an upper-case GUID with no 'uuid:' prefix",
        EbxmlRule.AllPatterns,
        CheckMessageIdFormat)
    { Source = "TRANSPORT.md §3.1 [C] (MHS and SpineTools practice); no Spine fault: Spine's validators check only that it is non-empty" };

    public static IReadOnlyList<EbxmlRule> All { get; } =
        [FromPartyId, ToPartyId, CpaId, ConversationId, Service, Action, MessageData, MessageId, Timestamp, Version, MessageIdFormat];

    private static EbxmlRule Required(string id, string relativePath, Func<XElement, IEnumerable<XElement>> select) => new(
        id,
        EbxmlFaults.MessageNotWellFormed,
        $"eb:MessageHeader has exactly one non-empty {relativePath}",
        EbxmlRule.AllPatterns,
        m => CheckRequired(m, $"{MessageHeader}/{relativePath}", select))
    { Source = SchematronSource };

    private static IEnumerable<Violation> CheckRequired(EbxmlUnderTest m, string path, Func<XElement, IEnumerable<XElement>> select)
    {
        if (m.SoapHeader is null)
        {
            yield break;
        }

        var found = m.MessageHeader is { } header ? select(header).ToList() : [];
        if (found.Count != 1)
        {
            yield return new Violation(path, "exactly one, non-empty", m.MessageHeader is null ? "(absent: no eb:MessageHeader)" : Count(found.Count, path[(path.LastIndexOf('/') + 1)..]))
            { Node = found.Skip(1).FirstOrDefault() ?? m.MessageHeader ?? m.SoapHeader };
        }
        else if (found[0].Value.Length == 0)
        {
            yield return new Violation(path, "exactly one, non-empty", "(empty)") { Node = found[0] };
        }
    }

    private static XElement First(XElement header, string name) => header.Element(Eb + name) ?? new XElement(Eb + name);

    private static IEnumerable<Violation> CheckVersion(EbxmlUnderTest m)
    {
        if (m.SoapHeader is null)
        {
            yield break;
        }

        var version = m.MessageHeader?.Attribute(Eb + "version")?.Value;
        var absentAllowed = m.Pattern != EbxmlPattern.ForwardReliable;
        if (version != EbxmlConstants.Version && !(version is null && absentAllowed))
        {
            yield return new Violation($"{MessageHeader}/@eb:version", absentAllowed ? "'2.0' or absent" : "'2.0'", Describe(version))
            { Node = m.MessageHeader ?? m.SoapHeader };
        }
    }

    private static IEnumerable<Violation> CheckMessageIdFormat(EbxmlUnderTest m)
    {
        var ids = m.MessageHeader?.Elements(Eb + "MessageData").Elements(Eb + "MessageId").ToList() ?? [];
        if (ids.Count == 1 && ids[0].Value.Trim() is { Length: > 0 } value && !EbxmlMessageId.IsWellFormed(value))
        {
            yield return new Violation($"{MessageHeader}/eb:MessageData/eb:MessageId", "an upper-case GUID such as 'C614484E-4B10-499A-9ACD-5D645CFACF61'", Describe(value))
            {
                Node = ids[0],
                Detail = value.StartsWith("uuid:", StringComparison.OrdinalIgnoreCase) ? "ebXML ids carry no 'uuid:' prefix, unlike wsa:MessageID." : null,
            };
        }
    }
}
