using System.Xml.Linq;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Acs;

/// <summary>
/// Reads Spine's answer to an ACS request, tolerantly: any of the payload namespace forms Spine has used,
/// either qualifier encoding, and an MCCI in place of the expected response.
/// </summary>
public static class AcsResponseReader
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public static AcsResponse Read(ReadOnlySpan<byte> body)
    {
        var loaded = HardenedXml.Load(body);
        return loaded.Document is null ? new AcsResponse.Unreadable(loaded.Error!) : Read(loaded.Document);
    }

    public static AcsResponse Read(XDocument document)
    {
        if (SoapFault.Read(document) is { } fault)
        {
            return new AcsResponse.Faulted(fault);
        }

        var message = SyncMessage.From(document);
        var interaction = message?.Interaction;
        if (interaction is null)
        {
            return new AcsResponse.Unreadable("The answer is not a SOAP envelope holding an HL7 interaction.");
        }

        var ackType = interaction.Element(V3 + "acknowledgement")?.Attribute("typeCode")?.Value;
        var reasons = ReadReasons(interaction.Element(V3 + "ControlActEvent"));
        if (interaction.Name.LocalName == Hl7Constants.McciApplicationAcknowledgement)
        {
            return Enum.TryParse<AcknowledgementType>(ackType, out var type)
                ? new AcsResponse.Acknowledged(type, reasons)
                : new AcsResponse.Unreadable($"The acknowledgement has typeCode '{ackType}', which is not AA, AE or AR.");
        }

        if (ackType is not null && ackType != nameof(AcknowledgementType.AA)
            && Enum.TryParse<AcknowledgementType>(ackType, out var errorType))
        {
            return new AcsResponse.Acknowledged(errorType, reasons);
        }

        var subject = interaction.Element(V3 + "ControlActEvent")?.Element(V3 + "subject");
        var payload = subject?.Elements().FirstOrDefault(e => e.Name.LocalName is "getResourcePermissionsResponse" or "hasResourcePermissionsResponse");
        var permissions = AcsPayloadXml.ReadPermissions(payload);
        return permissions is null
            ? new AcsResponse.Unreadable($"'{interaction.Name.LocalName}' carries no subject with a getResourcePermissionsResponse or hasResourcePermissionsResponse holding permissions.")
            : new AcsResponse.PermissionsReturned(permissions);
    }

    public static IReadOnlyList<DetectedIssue> ReadReasons(XElement? controlActEvent) =>
        controlActEvent?.Elements(V3 + "reason")
            .Select(r => r.Element(V3 + "justifyingDetectedIssueEvent")?.Element(V3 + "code"))
            .OfType<XElement>()
            .Select(code => new DetectedIssue(
                code.Attribute("code")?.Value ?? string.Empty,
                code.Attribute("codeSystem")?.Value ?? string.Empty,
                code.Attribute("displayName")?.Value ?? string.Empty,
                Qualifier(code.Element(V3 + "qualifier"))))
            .ToList() ?? [];

    // Spine writes <qualifier code="ER"/>; GP2GP adaptors write <qualifier><value code="ER"/></qualifier>.
    private static string Qualifier(XElement? qualifier) =>
        qualifier?.Attribute("code")?.Value ?? qualifier?.Element(V3 + "value")?.Attribute("code")?.Value ?? "ER";
}
