using System.Xml.Linq;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Soap;

/// <summary>
/// A synchronous HL7 answer as its parts: the SOAP header, the interaction's response wrapper element, the transmission
/// wrapper's fields and acknowledgement, and the control act (authors, reasons, subject, queryAck) built as
/// <see cref="XElement"/>. <see cref="ToDocument"/> assembles the document the general way; <see cref="ToAnswer"/> writes the
/// same answer straight to UTF-8 (<see cref="Utf8AnswerWriter"/>), the envelope and wrapper from the parts and the control
/// act from its elements, and falls back to the document for an answer that writer leaves to the general one.
/// </summary>
public sealed record SyncResponseParts(
    SoapResponseHeader Header, string ResponseWrapper, TransmissionFields Fields, Acknowledgement Acknowledgement, XElement ControlAct)
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public XDocument ToDocument() =>
        SoapEnvelope.Response(Header, new XElement(V3 + ResponseWrapper, TransmissionWrapper.Write(Fields, ControlAct, Acknowledgement)));

    public SoapAnswer ToAnswer() => new WrittenAnswer(this);

    /// <summary>The answer's bytes from its parts; <see cref="UnwritableAnswerException"/> when the general writer must write it.</summary>
    internal byte[] Write()
    {
        using var writer = new Utf8AnswerWriter();
        SoapEnvelope.WriteResponseStart(writer, Header);
        writer.Start(string.Empty, ResponseWrapper);
        TransmissionWrapper.Write(writer, Fields, Acknowledgement);
        writer.Element(ControlAct);
        writer.End().End();
        SoapEnvelope.WriteResponseEnd(writer);
        return writer.ToArray();
    }

    private sealed class WrittenAnswer(SyncResponseParts parts) : SoapAnswer
    {
        public override byte[] ToBytes()
        {
            try
            {
                return parts.Write();
            }
            catch (UnwritableAnswerException)
            {
                return SoapEnvelope.ToBytes(parts.ToDocument());
            }
        }

        public override XDocument ToDocument() => parts.ToDocument();
    }
}
