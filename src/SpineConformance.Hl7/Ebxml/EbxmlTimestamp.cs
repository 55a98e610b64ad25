using System.Globalization;

namespace SpineConformance.Hl7.Ebxml;

/// <summary><c>eb:Timestamp</c> text in the MHS form, <c>yyyy-MM-ddTHH:mm:ssZ</c> in UTC (Spine's own samples omit the Z).</summary>
public static class EbxmlTimestamp
{
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Now(TimeProvider time) => Format(time.GetUtcNow());
}
