using System.Xml.Linq;

namespace SpineConformance.Hl7.Soap;

/// <summary>
/// A synchronous answer on its way to the wire: either a document written the general way (<see cref="SoapEnvelope.ToBytes"/>:
/// SOAP faults, AE answers, the rarer queries) or an answer the usual interactions write straight to UTF-8
/// (<see cref="SyncResponseParts.ToAnswer"/>). Either way <see cref="ToBytes"/> gives the same bytes for the same answer.
/// </summary>
public abstract class SoapAnswer
{
    /// <summary>UTF-8 bytes without a byte-order mark, as Spine sends them.</summary>
    public abstract byte[] ToBytes();

    /// <summary>The answer as a document, for a reader or a test; the simulator itself only writes it.</summary>
    public abstract XDocument ToDocument();

    public static SoapAnswer Of(XDocument document) => new DocumentAnswer(document);

    /// <summary>So a handler that builds a document (an error, a rarer query) answers with it unchanged.</summary>
    public static implicit operator SoapAnswer(XDocument document) => Of(document);

    private sealed class DocumentAnswer(XDocument document) : SoapAnswer
    {
        public override byte[] ToBytes() => SoapEnvelope.ToBytes(document);

        public override XDocument ToDocument() => document;
    }
}
