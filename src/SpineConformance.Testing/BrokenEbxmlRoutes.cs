using SpineConformance.Hl7.Ebxml;

namespace SpineConformance.Testing;

/// <summary>
/// One ebXML request per routing refusal (<c>EBXML-ROUTE-*</c>, <c>EBXML-HTTP-SOAPACTION</c>): the sample reliable
/// message's header, addressed to Spine and sent with its own quoted SOAPAction to a path that serves it, with exactly one
/// thing wrong.
/// </summary>
public static class BrokenEbxmlRoutes
{
    public sealed record Breakage(string RuleId, string Description, EbxmlHeader Header, string? SoapActionHeader, bool Served)
    {
        public override string ToString() => $"{RuleId}: {Description}";
    }

    public static EbxmlHeader Header => SampleEbxml.Header();

    /// <summary>The SOAPAction a client sends with <see cref="Header"/>: eb:Service/eb:Action, quoted.</summary>
    public static string SoapAction => $"\"{Header.SoapAction}\"";

    public static IEnumerable<Breakage> All()
    {
        yield return new("EBXML-ROUTE-SUPPORTED", "an eb:Action the path does not serve", Header with { Action = "REPC_IN999999UK01" },
            $"\"{SampleEbxml.PsisService}/REPC_IN999999UK01\"", Served: false);
        yield return new("EBXML-ROUTE-TO-SPINE", "addressed to another MHS", Header with { To = new EbxmlParty("X09-0000999") }, SoapAction, Served: true);
        yield return new("EBXML-HTTP-SOAPACTION", "no SOAPAction header", Header, null, Served: true);
        yield return new("EBXML-HTTP-SOAPACTION", "a SOAPAction naming another interaction", Header,
            $"\"{SampleEbxml.PsisService}/REPC_IN040000UK15\"", Served: true);
    }
}
