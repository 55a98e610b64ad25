namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// A MIME part after the HL7 payload (GP2GP sends documents this way), with the <c>eb:Description</c> of its manifest
/// reference. <see cref="Content"/> holds the decoded bytes; <see cref="TransferEncoding"/> says how they travel.
/// </summary>
public sealed record EbxmlAttachment(
    string ContentId,
    string ContentType,
    ReadOnlyMemory<byte> Content,
    string TransferEncoding,
    string Description)
{
    public const string Base64 = "base64";

    public const string EightBit = "8bit";
}
