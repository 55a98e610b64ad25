using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Sds;

/// <summary>
/// Whether the sender is an accredited system registered for the interaction it uses, as Spine checks against SDS. What
/// live Spine answers is not public [Q ACS.md §11.3], so the fault names are the simulator's. The interaction is checked only
/// for a registered sender: one refusal, one finding. The rules are errors; <see cref="Validate"/> reports them as warnings
/// outside strict mode, so a developer can start without registering anything.
/// </summary>
public static class SdsRegistrationRules
{
    public const string AsidFault = "SdsDirectory.ASID_NOT_REGISTERED";

    public const string InteractionFault = "SdsDirectory.INTERACTION_NOT_REGISTERED";

    public const string AsidWhere = "communicationFunctionSnd/device/id/@extension";

    public const string InteractionWhere = "wsa:Action";

    private const string AsidExpected = "an ASID registered in the SDS directory";

    public static SdsRegistrationRule AsidRegistered { get; } = new(
        "SDS-ASID-REGISTERED",
        AsidFault,
        $"The sending ASID is {AsidExpected}",
        CheckAsid)
    { Source = "ACS.md §11.3 [Q]; fault name [I]" };

    public static SdsRegistrationRule InteractionRegistered { get; } = new(
        "SDS-INTERACTION-REGISTERED",
        InteractionFault,
        "The sending system is registered in SDS for the request's service and interaction",
        CheckInteraction)
    { Source = "ACS.md §11.3 [Q]; fault name [I]" };

    /// <summary>Every SDS registration rule, in the order they are checked.</summary>
    public static IReadOnlyList<SdsRegistrationRule> All { get; } = [AsidRegistered, InteractionRegistered];

    private static readonly RuleSet<SdsRegistrationRequest> Rules = new(All);

    /// <summary>The registration findings: errors in strict mode, warnings otherwise.</summary>
    public static IReadOnlyList<Finding> Validate(SdsRegistrationRequest request, bool strict)
    {
        var findings = Rules.Check(request);
        return strict ? findings : findings.Select(f => f with { Severity = Severity.Warning }).ToList();
    }

    private static IEnumerable<Violation> CheckAsid(SdsRegistrationRequest request) =>
        request.Sender is null
            ? [new Violation(AsidWhere, AsidExpected, $"'{request.SenderAsid}'")
            {
                Message = $"The sending ASID '{request.SenderAsid}' is not registered in the simulator's SDS directory (GET /admin/directory). "
                    + $"Register it with PUT /admin/directory/systems/{request.SenderAsid}.",
            }]
            : [];

    private static IEnumerable<Violation> CheckInteraction(SdsRegistrationRequest request) =>
        request.Sender is { RegisteredForInteraction: false } sender
            ? [new Violation(InteractionWhere, $"'{request.Service}:{request.InteractionId}' among the system's registered interactions", $"not registered for ASID {sender.Asid}")
            {
                Message = $"ASID {sender.Asid} is not registered in SDS for {request.Service}:{request.InteractionId}. "
                    + $"Add it to the system's interactions (PUT /admin/directory/systems/{sender.Asid}).",
            }]
            : [];
}
