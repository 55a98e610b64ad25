using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Rules;

/// <summary>
/// The HTTP layer of a synchronous request, checked before any HL7 rule (TRANSPORT.md §1.1): a SOAPAction the service
/// serves, a SOAP 1.1 Content-Type, and a well-formed SOAP envelope holding an HL7 interaction. Spine answers the first of
/// these that fails and reads no further, so each rule is silent when an earlier one has failed: one refusal, one finding.
/// </summary>
public static class SyncHttpRules
{
    public const string SoapActionWhere = "HTTP header SOAPAction";

    public const string ContentTypeWhere = "HTTP header Content-Type";

    /// <summary>What a well-formed body that is not a SOAP envelope with an HL7 interaction is told.</summary>
    public const string NotAnEnvelope = "The body is well-formed XML but not a SOAP 1.1 envelope with an HL7 interaction in its Body.";

    public static HttpRule SoapActionSupported { get; } = new(
        "SYNC-HTTP-SOAPACTION-SUPPORTED",
        null,
        ValidationLayer.Transport,
        "The HTTP SOAPAction header names an interaction the service serves",
        CheckSoapAction)
    { Source = "TRANSPORT.md §1.1 [C]; answered as Spine's SOAP fault 101" };

    public static HttpRule ContentType { get; } = new(
        "SYNC-HTTP-CONTENT-TYPE",
        "ErrorBaseTms.MESSAGE_NOT_WELL_FORMED",
        ValidationLayer.Transport,
        $"The HTTP Content-Type is SOAP 1.1's text/xml in UTF-8 ({SyncContentType.Expected})",
        CheckContentType)
    { Source = "TRANSPORT.md §1.1 [C]; answered as Spine's SOAP fault 201 [I]" };

    public static HttpRule WellFormed { get; } = new(
        "SYNC-WELL-FORMED",
        "ErrorBaseTms.MESSAGE_NOT_WELL_FORMED",
        ValidationLayer.Transport,
        "The body is well-formed XML: a SOAP 1.1 envelope with an HL7 interaction in its Body",
        CheckWellFormed)
    { Source = "TRANSPORT.md §1.1 [C]; answered as Spine's SOAP fault 201" };

    /// <summary>Every HTTP rule, in the order Spine checks them.</summary>
    public static IReadOnlyList<HttpRule> All { get; } = [SoapActionSupported, ContentType, WellFormed];

    private static readonly RuleSet<SyncHttpRequest> Rules = new(All);

    /// <summary>The HTTP rules' findings: none, or the one refusal Spine would answer.</summary>
    public static ValidationReport Validate(SyncHttpRequest request) => new(Rules.Check(request));

    /// <summary>What is wrong with the body, in words a sender can act on (the reader's own, with the place).</summary>
    public static string BodyProblem(XmlLoadResult body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Error is null ? NotAnEnvelope : WithPlace(body);
    }

    private static IEnumerable<Violation> CheckSoapAction(SyncHttpRequest request) =>
        request.Action is not null && request.ActionServed
            ? []
            : [new Violation(SoapActionWhere, "the SOAPAction of an interaction the simulator serves", request.SoapActionHeader ?? "(absent)")
            {
                Detail = (request.Action is null ? SoapFault.MissingSoapAction(request.Message?.Action) : SoapFault.UnsupportedInteraction(request.SoapActionHeader!))
                    .Errors[0].Description,
            }];

    private static IEnumerable<Violation> CheckContentType(SyncHttpRequest request) =>
        Passed(request, SoapActionSupported) && SyncContentType.Problem(request.ContentType) is { } problem
            ? [new Violation(ContentTypeWhere, SyncContentType.Expected, request.ContentType ?? "(absent)") { Detail = problem }]
            : [];

    private static IEnumerable<Violation> CheckWellFormed(SyncHttpRequest request) =>
        Passed(request, SoapActionSupported, ContentType) && request.Message?.Interaction is null
            ? [new Violation("/", "a well-formed SOAP envelope", request.Body.Error is null ? "another document" : "not well-formed XML")
                { Detail = BodyProblem(request.Body), Line = request.Body.Line }]
            : [];

    private static bool Passed(SyncHttpRequest request, params HttpRule[] earlier) => earlier.All(rule => !rule.Check(request).Any());

    // The reader's own words usually say where already ("Line 3, position 7."); add the place only when they do not.
    private static string WithPlace(XmlLoadResult loaded) =>
        loaded.Line is not > 0 || loaded.Error!.Contains($"line {loaded.Line}", StringComparison.OrdinalIgnoreCase)
            ? loaded.Error!
            : $"{loaded.Error} (line {loaded.Line}, column {loaded.Column})";
}
