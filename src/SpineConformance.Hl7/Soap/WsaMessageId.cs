using SpineConformance.Hl7.Time;

namespace SpineConformance.Hl7.Soap;

/// <summary>
/// <c>wsa:MessageID</c> values: <c>uuid:</c> followed by an upper-case GUID, 41 characters in all,
/// which Spine checks (<c>ErrorBaseTms.SOAP_MESSAGE_ID_ERROR</c>).
/// </summary>
public static class WsaMessageId
{
    public const string Prefix = "uuid:";

    public const int Length = 41;

    public static string New(IIdSource ids) => Prefix + UpperGuid(ids.NextId());

    public static string UpperGuid(Guid id) => id.ToString("D").ToUpperInvariant();

    /// <summary>The GUID part of a <c>wsa:MessageID</c>, for <c>wsa:RelatesTo</c>; the text itself when it has no prefix.</summary>
    public static string GuidPart(string messageId) =>
        messageId.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? messageId[Prefix.Length..] : messageId;
}
