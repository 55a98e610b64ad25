using System.Xml.Linq;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// What an HTTP response or request carrying an ebXML signal held: an Acknowledgment, a MessageError, neither (a
/// plain 202 body or another message), or a <see cref="Problem"/> saying why the body could not be read.
/// </summary>
public sealed record EbxmlSignalReadResult(
    XDocument? Envelope,
    EbxmlAcknowledgment? Acknowledgment,
    EbxmlMessageError? MessageError,
    string? Problem);
