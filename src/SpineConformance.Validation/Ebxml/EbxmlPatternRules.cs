using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Ebxml.EbxmlPaths;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// The reliability elements each pattern's contract requires (TRANSPORT.md §3.3). Spine's Schematron also raises the
/// attribute faults when the element is missing; here a missing element is reported once, by its presence rule.
/// </summary>
public static class EbxmlPatternRules
{
    private const string Source = "TRANSPORT.md §3.3 [C]; AsyncReliableHeaderChecks in ebxmlReliableValidator.xsl, AsyncExpressHeaderChecks in ebxmlAsyncExpressValidator.xsl, HeaderChecks in Forward-IntermediaryReliability.xsl [C]";

    private static readonly EbxmlPattern[] ReliablePatterns = [EbxmlPattern.Reliable, EbxmlPattern.ForwardReliable];

    public static EbxmlRule DuplicateElimination { get; } = new(
        "EBXML-PATTERN-DUPLICATE-ELIMINATION",
        EbxmlFaults.DuplicateEliminationInconsistent,
        "eb:MessageHeader/eb:DuplicateElimination is present for reliable and forward reliable messages and absent for express",
        EbxmlRule.AllPatterns,
        m => Presence(m, m.MessageHeader, "DuplicateElimination", $"{MessageHeader}/eb:DuplicateElimination", m.Flags.DuplicateElimination))
    { Source = Source };

    public static EbxmlRule AckRequested { get; } = new(
        "EBXML-PATTERN-ACK-REQUESTED",
        EbxmlFaults.AckRequestedInconsistent,
        "eb:AckRequested is present for reliable and forward reliable messages and absent for express",
        EbxmlRule.AllPatterns,
        m => Presence(m, m.SoapHeader, "AckRequested", $"{Header}/eb:AckRequested", m.Flags.AckRequestedActor is not null))
    { Source = Source };

    public static EbxmlRule AckRequestedVersion { get; } = Attribute(
        "EBXML-PATTERN-ACK-REQUESTED-VERSION", EbxmlFaults.AckRequestedVersionInvalid, "AckRequested", Eb + "version", "eb:version", _ => EbxmlConstants.Version, ReliablePatterns);

    public static EbxmlRule AckRequestedSigned { get; } = Attribute(
        "EBXML-PATTERN-ACK-REQUESTED-SIGNED", EbxmlFaults.AckRequestedSignedInvalid, "AckRequested", Eb + "signed", "eb:signed", _ => "false", ReliablePatterns);

    public static EbxmlRule AckRequestedActor { get; } = Attribute(
        "EBXML-PATTERN-ACK-REQUESTED-ACTOR", EbxmlFaults.AckRequestedActorInvalid, "AckRequested", SpineNamespaces.Soap + "actor", "SOAP:actor",
        m => m.Flags.AckRequestedActor!, ReliablePatterns);

    public static EbxmlRule SyncReply { get; } = new(
        "EBXML-PATTERN-SYNC-REPLY",
        EbxmlFaults.SyncReplyInconsistent,
        "eb:SyncReply is present for reliable messages and absent for forward reliable (Spine does not check it for express)",
        ReliablePatterns,
        m => Presence(m, m.SoapHeader, "SyncReply", $"{Header}/eb:SyncReply", m.Flags.SyncReply == true))
    { Source = Source };

    public static EbxmlRule SyncReplyVersion { get; } = Attribute(
        "EBXML-PATTERN-SYNC-REPLY-VERSION", EbxmlFaults.SyncReplyVersionInvalid, "SyncReply", Eb + "version", "eb:version", _ => EbxmlConstants.Version, [EbxmlPattern.Reliable]);

    public static EbxmlRule SyncReplyActor { get; } = Attribute(
        "EBXML-PATTERN-SYNC-REPLY-ACTOR", EbxmlFaults.SyncReplyActorInvalid, "SyncReply", SpineNamespaces.Soap + "actor", "SOAP:actor",
        _ => EbxmlConstants.SoapNextActor, [EbxmlPattern.Reliable]);

    public static IReadOnlyList<EbxmlRule> All { get; } =
        [DuplicateElimination, AckRequested, AckRequestedVersion, AckRequestedSigned, AckRequestedActor, SyncReply, SyncReplyVersion, SyncReplyActor];

    private static IEnumerable<Violation> Presence(EbxmlUnderTest m, XElement? parent, string name, string path, bool required)
    {
        if (m.SoapHeader is null)
        {
            yield break;
        }

        var count = parent?.Elements(Eb + name).Count() ?? 0;
        var expected = required ? 1 : 0;
        if (count != expected)
        {
            yield return new Violation(path, required ? $"exactly one eb:{name} ({m.Pattern})" : $"no eb:{name} ({m.Pattern})", Count(count, $"eb:{name}"))
            { Node = parent?.Element(Eb + name) ?? parent ?? m.SoapHeader };
        }
    }

    private static EbxmlRule Attribute(
        string id, string fault, string element, XName attribute, string attributeLabel, Func<EbxmlUnderTest, string> expected, IReadOnlyList<EbxmlPattern> patterns) => new(
        id,
        fault,
        $"eb:{element}/@{attributeLabel} has the value the pattern requires",
        patterns,
        m => CheckAttribute(m, element, attribute, attributeLabel, expected(m)))
    { Source = Source };

    private static IEnumerable<Violation> CheckAttribute(EbxmlUnderTest m, string element, XName attribute, string attributeLabel, string expected)
    {
        foreach (var found in m.SoapHeader?.Elements(Eb + element) ?? [])
        {
            var actual = found.Attribute(attribute)?.Value;
            if (actual != expected)
            {
                yield return new Violation($"{Header}/eb:{element}/@{attributeLabel}", $"'{expected}' ({m.Pattern})", Describe(actual)) { Node = found };
            }
        }
    }
}
