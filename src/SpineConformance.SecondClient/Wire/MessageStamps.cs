using System.Globalization;
using SpineConformance.Hl7.Time;

namespace SpineConformance.SecondClient.Wire;

/// <summary>
/// Fresh ids and times for each message, taken when the message is built, never cached: every message gets its own id
/// and a creationTime that is the moment it was made.
/// </summary>
internal sealed class MessageStamps(TimeProvider time, IIdSource ids, Defects.SwitchedOnDefects defects)
{
    private readonly DateTimeOffset started = time.GetUtcNow();

    /// <summary>An upper-case GUID, the form Spine's ids take (the tightened schemas refuse lower case).</summary>
    public string NewId() => ids.NextId().ToString("D").ToUpperInvariant();

    public string Hl7Now() => Hl7Timestamp.Format(defects.Makes(Defects.ClientDefects.CreationTimeAtStart) ? started : time.GetUtcNow());

    /// <summary>ebXML timestamps in UTC with the Z the MHS writes (TRANSPORT.md §3.1).</summary>
    public string EbxmlNow() => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public DateTimeOffset Now() => time.GetUtcNow();
}
