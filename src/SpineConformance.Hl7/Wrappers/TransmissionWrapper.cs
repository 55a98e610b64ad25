using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Wrappers;

/// <summary>
/// Writes the body root element: the transmission wrapper around a <c>ControlActEvent</c>. It carries no
/// <c>type="Message"</c>: the SCR FHIR API sends one, but the tightened Set schema does not declare it, and every other
/// schema gives it that value by default, so leaving it out is valid everywhere.
/// </summary>
public static class TransmissionWrapper
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public static XElement Write(TransmissionFields fields, XElement controlActEvent, Acknowledgement? acknowledgement = null) =>
        new(V3 + (fields.RootElement ?? fields.InteractionId),
            Hl7Elements.Id("id", fields.Id),
            Hl7Elements.Value("creationTime", "value", fields.CreationTime),
            Hl7Elements.Code("versionCode", fields.VersionCode),
            Hl7Elements.Id("interactionId", Hl7Constants.InteractionIdRoot, fields.InteractionId),
            Hl7Elements.Code("processingCode", fields.ProcessingCode),
            Hl7Elements.Code("processingModeCode", fields.ProcessingModeCode),
            Hl7Elements.Code("acceptAckCode", fields.AcceptAckCode),
            acknowledgement is null ? null : Write(acknowledgement),
            Hl7Elements.CommunicationFunction(V3 + "communicationFunctionRcv", "RCV", fields.ReceiverAsid),
            Hl7Elements.CommunicationFunction(V3 + "communicationFunctionSnd", "SND", fields.SenderAsid),
            controlActEvent);

    /// <summary>
    /// <see cref="Write(TransmissionFields, XElement, Wrappers.Acknowledgement?)"/> straight to UTF-8, up to where the
    /// control act goes: the root element is left open for it.
    /// </summary>
    public static void Write(Utf8AnswerWriter writer, TransmissionFields fields, Acknowledgement? acknowledgement)
    {
        writer.Start(string.Empty, fields.RootElement ?? fields.InteractionId);
        Hl7Elements.Id(writer, "id", fields.Id);
        Hl7Elements.Value(writer, "creationTime", "value", fields.CreationTime);
        Hl7Elements.Code(writer, "versionCode", fields.VersionCode);
        Hl7Elements.Id(writer, "interactionId", Hl7Constants.InteractionIdRoot, fields.InteractionId);
        Hl7Elements.Code(writer, "processingCode", fields.ProcessingCode);
        Hl7Elements.Code(writer, "processingModeCode", fields.ProcessingModeCode);
        Hl7Elements.Code(writer, "acceptAckCode", fields.AcceptAckCode);
        if (acknowledgement is not null)
        {
            writer.Start(string.Empty, "acknowledgement").Attribute("typeCode", acknowledgement.Type.ToString())
                .Start(string.Empty, "messageRef");
            Hl7Elements.Id(writer, "id", acknowledgement.MessageRef);
            writer.End().End();
        }

        Hl7Elements.CommunicationFunction(writer, "communicationFunctionRcv", "RCV", fields.ReceiverAsid);
        Hl7Elements.CommunicationFunction(writer, "communicationFunctionSnd", "SND", fields.SenderAsid);
    }

    /// <summary>A <c>ControlActEvent</c> (<c>CACT</c>/<c>EVN</c>) with its authors followed by the given content.</summary>
    public static XElement ControlActEvent(AuthorPerson? author, IEnumerable<string> systemAsids, params object?[] content) =>
        new(V3 + "ControlActEvent",
            new XAttribute("classCode", "CACT"),
            new XAttribute("moodCode", "EVN"),
            author is null ? null : Hl7Elements.Author(author),
            systemAsids.Select(Hl7Elements.Author1),
            content);

    private static XElement Write(Acknowledgement acknowledgement) =>
        new(V3 + "acknowledgement",
            new XAttribute("typeCode", acknowledgement.Type.ToString()),
            new XElement(V3 + "messageRef", Hl7Elements.Id("id", acknowledgement.MessageRef)));
}
