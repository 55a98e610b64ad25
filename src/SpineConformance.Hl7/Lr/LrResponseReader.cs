using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Hl7.Xml;
using static SpineConformance.Hl7.Lr.LrXml;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// Reads Spine's answer to any LR request, tolerantly: a sync SOAP envelope (with or without a response wrapper element)
/// or the bare HL7 body of an async reply; an MCCI or a Query Act Failed in place of the expected response; either
/// qualifier encoding; <c>lRExists</c> as well as <c>LRExists</c>.
/// </summary>
public static class LrResponseReader
{
    public static LrResponse Read(ReadOnlySpan<byte> body)
    {
        var loaded = HardenedXml.Load(body);
        return loaded.Document is null ? new LrResponse.Unreadable(loaded.Error!) : Read(loaded.Document);
    }

    public static LrResponse Read(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (SoapFault.Read(document) is { } fault)
        {
            return new LrResponse.Faulted(fault);
        }

        if (SyncMessage.From(document) is { } message)
        {
            return message.Interaction is { } interaction
                ? Read(interaction)
                : new LrResponse.Unreadable("The answer is a SOAP envelope whose body holds no HL7 interaction.");
        }

        return document.Root is { } root ? Read(root) : new LrResponse.Unreadable("The answer is an empty document.");
    }

    /// <summary>Reads an HL7 interaction element: an async reply as the ebXML transport hands it over, or a sync body.</summary>
    public static LrResponse Read(XElement interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var name = interaction.Element(V3 + "interactionId")?.Attribute("extension")?.Value ?? interaction.Name.LocalName;
        var controlAct = interaction.Element(V3 + "ControlActEvent");
        var ackType = interaction.Element(V3 + "acknowledgement")?.Attribute("typeCode")?.Value;
        var parsedAck = Enum.TryParse<AcknowledgementType>(ackType, out var type) && Enum.IsDefined(type) ? type : (AcknowledgementType?)null;
        var reasons = AcsResponseReader.ReadReasons(controlAct);

        if (name == LrInteractions.ApplicationAcknowledgement)
        {
            return parsedAck is { } mcci
                ? new LrResponse.Acknowledged(mcci, reasons, ReadDetails(interaction))
                : new LrResponse.Unreadable($"The acknowledgement has typeCode '{ackType}', which is not AA, AE or AR.");
        }

        if (name == LrInteractions.QueryActFailed)
        {
            var code = Path(controlAct, "queryAck", "queryResponseCode")?.Attribute("code")?.Value ?? string.Empty;
            return new LrResponse.QueryFailed(parsedAck ?? AcknowledgementType.AE, reasons, code);
        }

        if (parsedAck is { } error && error != AcknowledgementType.AA)
        {
            return new LrResponse.Acknowledged(error, reasons, ReadDetails(interaction));
        }

        var payload = Child(controlAct, "subject")?.Elements().FirstOrDefault();
        return LrPayloadReaders.Read(name, payload, reasons)
            ?? new LrResponse.Unreadable($"'{name}' is not an LR response this reader knows, or its ControlActEvent/subject holds no payload it can read.");
    }

    private static List<DetectedIssue> ReadDetails(XElement interaction) =>
        interaction.Element(V3 + "acknowledgement")?.Elements(V3 + "acknowledgementDetail")
            .Select(d => (Detail: d, Code: d.Element(V3 + "code")))
            .Select(d => new DetectedIssue(
                d.Code?.Attribute("code")?.Value ?? string.Empty,
                d.Code?.Attribute("codeSystem")?.Value ?? string.Empty,
                d.Code?.Attribute("displayName")?.Value ?? string.Empty,
                d.Detail.Attribute("typeCode")?.Value ?? "ER"))
            .ToList() ?? [];
}
