using System.Text;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;

namespace SpineConformance.Testing;

/// <summary>
/// One request per HTTP-level refusal (<c>SYNC-HTTP-*</c>, <c>SYNC-WELL-FORMED</c>): a valid ACS Get as it goes on the wire
/// with exactly one thing wrong in its SOAPAction, its Content-Type or its body.
/// </summary>
public static class BrokenHttpRequests
{
    public const string ContentType = "text/xml; charset=utf-8";

    public sealed record Breakage(string RuleId, string? FaultName, string Description, string? SoapAction, string? ContentType, byte[] Body)
    {
        public override string ToString() => $"{RuleId}: {Description}";
    }

    public static string SoapAction => AcsInteractions.Get.Action;

    /// <summary>The valid Get every breakage starts from.</summary>
    public static byte[] Body() => SoapEnvelope.ToBytes(SampleRequests.Get());

    public static IEnumerable<Breakage> All()
    {
        yield return new("SYNC-HTTP-SOAPACTION-SUPPORTED", null, "no SOAPAction header", null, ContentType, Body());
        yield return new("SYNC-HTTP-SOAPACTION-SUPPORTED", null, "the SOAPAction of a service Spine's ACS does not offer",
            "urn:nhs:names:services:pdsquery/QUPA_IN000006UK02", ContentType, Body());
        yield return new("SYNC-HTTP-CONTENT-TYPE", "ErrorBaseTms.MESSAGE_NOT_WELL_FORMED", "sent as application/json", SoapAction, "application/json", Body());
        yield return new("SYNC-HTTP-CONTENT-TYPE", "ErrorBaseTms.MESSAGE_NOT_WELL_FORMED", "text/xml in ISO-8859-1",
            SoapAction, "text/xml; charset=iso-8859-1", Body());
        yield return new("SYNC-HTTP-CONTENT-TYPE", "ErrorBaseTms.MESSAGE_NOT_WELL_FORMED", "no Content-Type header", SoapAction, null, Body());
        yield return new("SYNC-WELL-FORMED", "ErrorBaseTms.MESSAGE_NOT_WELL_FORMED", "the envelope cut off half-way",
            SoapAction, ContentType, Body()[..(Body().Length / 2)]);
        yield return new("SYNC-WELL-FORMED", "ErrorBaseTms.MESSAGE_NOT_WELL_FORMED", "well-formed XML that is not a SOAP envelope",
            SoapAction, ContentType, Encoding.UTF8.GetBytes("<hello>world</hello>"));
        yield return new("SYNC-WELL-FORMED", "ErrorBaseTms.MESSAGE_NOT_WELL_FORMED", "an empty body", SoapAction, ContentType, []);
    }
}
