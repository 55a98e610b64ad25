using SpineConformance.Hl7.Ebxml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// How Spine's MHS routes a well-packaged ebXML message with a valid header (TRANSPORT.md §3.1, §3.2, §8): it serves the
/// message's Service/Action on that path, the message is addressed to Spine, and the HTTP SOAPAction names the same
/// action. Spine answers the first of these that fails, so each rule is silent when an earlier one has failed: one
/// refusal, one finding. The texts the sender is told are built here, once, for the finding and for the MessageError.
/// </summary>
public static class EbxmlRouteRules
{
    public const string ActionWhere = "eb:MessageHeader/eb:Action";

    public const string ToPartyWhere = "eb:MessageHeader/eb:To/eb:PartyId";

    public const string SoapActionWhere = SyncHttpRules.SoapActionWhere;

    public const string ServedExpected = "an interaction the simulator serves on this path";

    public static EbxmlRouteRule Supported { get; } = new(
        "EBXML-ROUTE-SUPPORTED",
        null,
        $"The eb:Service/eb:Action at {ActionWhere} is {ServedExpected}",
        CheckSupported)
    { Source = "TRANSPORT.md §8 [I] (dispatch on path, SOAPAction and eb:Action); answered as ebMS NotSupported" };

    public static EbxmlRouteRule ToSpine { get; } = new(
        "EBXML-ROUTE-TO-SPINE",
        null,
        $"The message is addressed to Spine: {ToPartyWhere} is Spine's party key",
        CheckToSpine)
    { Source = "TRANSPORT.md §3.2 [C] (eb:To/eb:PartyId is the receiving MHS's party key); answered as ebMS ValueNotRecognized" };

    public static EbxmlRouteRule SoapAction { get; } = new(
        "EBXML-HTTP-SOAPACTION",
        null,
        $"The {SoapActionWhere} is the message's eb:Service/eb:Action, which Spine routes ebXML messages by",
        CheckSoapAction)
    { Source = "TRANSPORT.md §3.1 [C]; answered as ebMS ValueNotRecognized when absent, Inconsistent when it differs" };

    /// <summary>Every routing rule, in the order Spine checks them.</summary>
    public static IReadOnlyList<EbxmlRouteRule> All { get; } = [Supported, ToSpine, SoapAction];

    private static readonly RuleSet<EbxmlRouteRequest> Rules = new(All);

    /// <summary>The routing rules' findings: none, or the one refusal Spine would answer.</summary>
    public static ValidationReport Validate(EbxmlRouteRequest request) => new(Rules.Check(request));

    public static string NotServed(EbxmlHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return $"The simulator does not support {header.Service}/{header.Action} on this path.";
    }

    public static string NotAddressedToSpine(EbxmlHeader header, string spinePartyKey)
    {
        ArgumentNullException.ThrowIfNull(header);
        return $"Unknown eb:To/eb:PartyId '{header.To.PartyId}': Spine's party key is {spinePartyKey}.";
    }

    public static string NoSoapAction(EbxmlHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return $"The request has no SOAPAction header, and Spine routes ebXML messages by it: send SOAPAction: \"{header.SoapAction}\" (eb:Service/eb:Action).";
    }

    public static string SoapActionDiffers(EbxmlHeader header, string action)
    {
        ArgumentNullException.ThrowIfNull(header);
        return $"The HTTP SOAPAction '{action}' differs from eb:Service/eb:Action '{header.SoapAction}'.";
    }

    private static IEnumerable<Violation> CheckSupported(EbxmlRouteRequest request) =>
        request.ActionServed
            ? []
            : [new Violation(ActionWhere, ServedExpected, request.Header.SoapAction) { Detail = NotServed(request.Header) }];

    private static IEnumerable<Violation> CheckToSpine(EbxmlRouteRequest request) =>
        Passed(request, Supported) && request.Header.To.PartyId != request.SpinePartyKey
            ? [new Violation(ToPartyWhere, request.SpinePartyKey, request.Header.To.PartyId) { Detail = NotAddressedToSpine(request.Header, request.SpinePartyKey) }]
            : [];

    private static IEnumerable<Violation> CheckSoapAction(EbxmlRouteRequest request)
    {
        if (!Passed(request, Supported, ToSpine) || request.Action == request.Header.SoapAction)
        {
            return [];
        }

        var expected = $"\"{request.Header.SoapAction}\"";
        return request.Action is null
            ? [new Violation(SoapActionWhere, expected, "(absent)") { Detail = NoSoapAction(request.Header) }]
            : [new Violation(SoapActionWhere, expected, request.Action) { Detail = SoapActionDiffers(request.Header, request.Action) }];
    }

    private static bool Passed(EbxmlRouteRequest request, params EbxmlRouteRule[] earlier) => earlier.All(rule => !rule.Check(request).Any());
}
