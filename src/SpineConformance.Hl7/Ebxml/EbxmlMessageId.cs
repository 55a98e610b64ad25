using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>ebXML <c>eb:MessageId</c> values: an upper-case GUID with no <c>uuid:</c> prefix (unlike <c>wsa:MessageID</c>).</summary>
public static class EbxmlMessageId
{
    public static string New(IIdSource ids) => WsaMessageId.UpperGuid(ids.NextId());

    public static bool IsWellFormed(string? value) =>
        value is { Length: 36 }
        && Guid.TryParseExact(value, "D", out _)
        && string.Equals(value, value.ToUpperInvariant(), StringComparison.Ordinal);
}
