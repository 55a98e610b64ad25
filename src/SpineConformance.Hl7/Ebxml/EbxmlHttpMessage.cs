namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// What goes on the wire: the body bytes and the HTTP <c>Content-Type</c> and <c>SOAPAction</c> header values.
/// <see cref="SoapAction"/> is quoted, as SpineTools sends it (TKW strips the quotes).
/// </summary>
public sealed record EbxmlHttpMessage(ReadOnlyMemory<byte> Body, string ContentType, string SoapAction);
