using System.Xml.Linq;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Client;

namespace SpineConformance.Specs.Support;

/// <summary>
/// When an action caused no exchange about the scenario's patient, what did reach Spine in the same window, and what
/// each message lacked to be matched to the patient: the NHS number under another OID (the usual cause), another NHS
/// number, or none at all. Spine files a message under a patient only by an identifier whose root is the NHS number OID.
/// </summary>
public static class ArrivedInstead
{
    private const int MostListed = 8;

    /// <summary>A paragraph for a failure message; says so plainly when nothing at all arrived.</summary>
    public static string Explain(string nhsNumber, IReadOnlyList<JournalEntry> window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var inbound = window.Where(e => e.Direction == ExchangeDirection.Inbound).ToList();
        if (inbound.Count == 0)
        {
            return "Nothing at all reached Spine while the action ran.";
        }

        var read = inbound.Select(e => (Entry: e, Slots: Slots(e, nhsNumber))).ToList();

        // Messages that carry the patient's number in some slot are this scenario's; the rest may be other scenarios' running at the same time.
        var naming = read.Where(r => r.Slots.NamesPatient).ToList();
        var shown = naming.Count > 0 ? naming : read;
        var lines = new List<string>
        {
            naming.Count > 0
            ? $"Spine received {naming.Count} message(s) naming {nhsNumber}, but not as an NHS number (an identifier with root {NhsNumber.Oid}), so Spine could not tell which patient {(naming.Count == 1 ? "it is" : "they are")} about:"
            : $"No message that reached Spine while the action ran names {nhsNumber} in any identifier; what did arrive ({inbound.Count}):",
        };
        lines.AddRange(shown.Take(MostListed).Select(r => $"  - {r.Entry.InteractionId ?? "(no interaction)"} {MessageId(r.Entry)}: {r.Slots.Description}"));
        if (shown.Count > MostListed)
        {
            lines.Add($"  - and {shown.Count - MostListed} more");
        }

        if (naming.Count > 0 && read.Count > naming.Count)
        {
            lines.Add($"  ({read.Count - naming.Count} other message(s) in the same window name other patients: other scenarios running at the same time.)");
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string MessageId(JournalEntry entry) =>
        entry.EbxmlMessageId is { } eb ? $"(eb:MessageId {eb})" : entry.WsaMessageId is { } wsa ? $"(wsa:MessageID {wsa})" : "(no message id)";

    private static (bool NamesPatient, string Description) Slots(JournalEntry entry, string nhsNumber)
    {
        var (request, problem) = SentRequest.TryRead(entry);
        if (request is null)
        {
            return (false, $"unreadable ({problem})");
        }

        var elements = request.Hl7Elements.ToList();
        var misfiled = elements.Where(e => e.Attribute("extension")?.Value == nhsNumber && e.Attribute("root")?.Value != NhsNumber.Oid).ToList();
        if (misfiled.Count > 0)
        {
            return (true, string.Join("; ", misfiled.Select(e =>
                $"{Slot(e)} root is {KnownOids.Describe(e.Attribute("root")?.Value)} instead of the NHS number OID {NhsNumber.Oid}")));
        }

        var patientText = elements.Any(e => !e.HasElements && e.Value.Trim() == nhsNumber);
        var others = elements.Where(e => e.Attribute("root")?.Value == NhsNumber.Oid).Select(e => $"{Slot(e)} names NHS number {e.Attribute("extension")?.Value}").ToList();
        if (others.Count > 0)
        {
            return (patientText, $"{string.Join("; ", others)}, not {nhsNumber}");
        }

        return (patientText, patientText
            ? $"names {nhsNumber} only as text, in no identifier with the NHS number OID {NhsNumber.Oid}"
            : $"names no NHS number (no identifier with root {NhsNumber.Oid})");
    }

    // The element and its parent, enough to find the slot in the message: accessControlQuery/resourceContext, patient/id.
    private static string Slot(XElement element) =>
        element.Parent is { } parent ? $"{parent.Name.LocalName}/{element.Name.LocalName}" : element.Name.LocalName;
}
