using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.SecondClient.Spine;

/// <summary>
/// Reads a synchronous answer by local names (Spine's payload namespaces vary, ACS.md §6.2): a SOAP fault (HTTP 500), an
/// acknowledgement typed AA, or AE/AR with the ControlActEvent reasons and acknowledgement details.
/// </summary>
internal static class SyncAnswerReader
{
    public static SpineVerdict Read(SyncAnswer answer)
    {
        if (answer.Unreachable is not null)
        {
            return new SpineVerdict.Broken(answer.Unreachable);
        }

        var loaded = HardenedXml.Load(answer.Body);
        if (!loaded.Success)
        {
            return new SpineVerdict.Broken($"Spine answered HTTP {answer.Status} with a body that is not XML: {loaded.Error}");
        }

        var body = loaded.Document!.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "Body");
        var fault = body?.Elements().FirstOrDefault(e => e.Name.LocalName == "Fault");
        if (fault is not null)
        {
            var errors = fault.Descendants().Where(e => e.Name.LocalName == "error")
                .Select(e => $"{Text(e, "errorCode")} {Text(e, "description")}".Trim()).ToList();
            return new SpineVerdict.Faulted(Text(fault, "faultstring"), errors);
        }

        // The interaction sits in a service wrapper (getResourcePermissionsResponse, …) or directly in the body.
        var interaction = body?.Descendants().FirstOrDefault(e => e.Elements().Any(c => c.Name.LocalName == "interactionId"));
        if (interaction is null)
        {
            return new SpineVerdict.Broken($"Spine answered HTTP {answer.Status} with no HL7 interaction in the SOAP body.");
        }

        var type = interaction.Elements().FirstOrDefault(e => e.Name.LocalName == "acknowledgement")?.Attribute("typeCode")?.Value;
        if (type == "AA")
        {
            return new SpineVerdict.Accepted(interaction);
        }

        var reasons = interaction.Descendants().Where(e => e.Name.LocalName == "justifyingDetectedIssueEvent" || e.Name.LocalName == "acknowledgementDetail")
            .Select(e => e.Elements().FirstOrDefault(c => c.Name.LocalName == "code"))
            .OfType<XElement>()
            .Select(code => $"{code.Attribute("code")?.Value}: {code.Attribute("displayName")?.Value}")
            .ToList();
        return new SpineVerdict.Refused(reasons.Count == 0 ? [$"acknowledgement {type ?? "(none)"} with no reason"] : reasons);
    }

    private static string Text(XElement parent, string localName) =>
        parent.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim() ?? string.Empty;
}
