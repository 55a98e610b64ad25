using SpineConformance.Hl7.Identifiers;
using SpineConformance.SecondClient.Identity;
using SpineConformance.SecondClient.Spine;
using SpineConformance.SecondClient.TestHook;
using SpineConformance.SecondClient.Wire;

namespace SpineConformance.SecondClient.Acs;

/// <summary>
/// The SCR sharing screen's three actions. Each checks the user's job role and the NHS number (Modulus 11) first and
/// refuses without sending anything when either fails; otherwise it asks Spine and shows what Spine said.
/// </summary>
internal sealed class PermissionsService(
    JobRolePolicy rbac, Hl7Interaction hl7, SoapRequestWriter soap, SyncExchange exchange, RecentPermissions recent, ReasonDisplay reasons,
    Defects.SwitchedOnDefects defects, ILogger<PermissionsService> log)
{
    public Task<PermissionsHookResponse> GetAsync(string? nhsNumber, ActingUser user, CancellationToken cancellationToken) =>
        ViewAsync("GET_RESOURCE_PERMISSIONS_INUK01", nhsNumber, user, AcsPayloadWriter.Get, cancellationToken);

    public Task<PermissionsHookResponse> HasAsync(string? nhsNumber, ActingUser user, CancellationToken cancellationToken) =>
        ViewAsync("HAS_RESOURCE_PERMISSIONS_INUK01", nhsNumber, user, AcsPayloadWriter.Has, cancellationToken);

    public async Task<SetDecisionHookResponse> SetAsync(string? nhsNumber, string? decision, ActingUser user, CancellationToken cancellationToken)
    {
        var permission = SharingDecisions.PermissionFor(decision);
        if (permission is null)
        {
            throw new HookInputException($"decision '{decision}' is not one of {SharingDecisions.ExpressConsent}, {SharingDecisions.ExpressDissent}, {SharingDecisions.AskForConsent}.");
        }

        if (!rbac.MayChange(user))
        {
            log.RefusedByRole(user.JobRole, "record sharing decisions");
            return new SetDecisionHookResponse("refused", decision!, $"Job role {user.JobRole} may not record sharing decisions.");
        }

        var parsed = NhsNumber.Parse(nhsNumber);
        if (!parsed.Success)
        {
            log.RefusedNhsNumber(parsed.Error);
            return new SetDecisionHookResponse("refused", decision!, $"{parsed.Error} Nothing was sent to Spine.");
        }

        var number = parsed.Value.Value;
        var functions = recent.FunctionsToSend(number, permission);
        var request = soap.Write("lrs", hl7.Build("SET_RESOURCE_PERMISSIONS_INUK01", user, Spoil(AcsPayloadWriter.Set(number, permission, functions))));
        log.Recording(decision, permission, string.Join(" and ", functions));
        var verdict = SyncAnswerReader.Read(await exchange.SendAsync(request, cancellationToken));
        switch (verdict)
        {
            case SpineVerdict.Accepted:
                // Only what was sent is known to have changed; the other function is as remembered.
                recent.Remember(number, SharingDecisions.ShownAs(permission), SharingDecisions.ShownAs(permission));
                return new SetDecisionHookResponse("recorded", decision!, "Spine recorded the decision.");
            case SpineVerdict.Refused refused:
                return new SetDecisionHookResponse("spineError", decision!, reasons.Refusal(refused.Reasons));
            case SpineVerdict.Faulted faulted:
                return new SetDecisionHookResponse("fault", decision!, faulted.Text);
            default:
                return new SetDecisionHookResponse("failed", decision!, ((SpineVerdict.Broken)verdict).Reason);
        }
    }

    // The ODS organisation OID where the NHS number OID belongs, on purpose, when that defect is switched on.
    private System.Xml.Linq.XElement Spoil(System.Xml.Linq.XElement payload)
    {
        if (defects.Makes(Defects.ClientDefects.ResourceContextOdsOid))
        {
            payload.Descendants(WireNames.Crs + "resourceContext").Single().SetAttributeValue("root", "1.2.826.0.1285.0.1.10");
        }

        return payload;
    }

    private async Task<PermissionsHookResponse> ViewAsync(
        string interactionId, string? nhsNumber, ActingUser user, Func<string, System.Xml.Linq.XElement> payload, CancellationToken cancellationToken)
    {
        if (!rbac.MayView(user))
        {
            log.RefusedByRole(user.JobRole, "view sharing permissions");
            return new PermissionsHookResponse("refused", "Ask", "Ask", $"Job role {user.JobRole} may not view sharing permissions.");
        }

        var parsed = NhsNumber.Parse(nhsNumber);
        if (!parsed.Success)
        {
            log.RefusedNhsNumber(parsed.Error);
            return new PermissionsHookResponse("refused", "Ask", "Ask", $"{parsed.Error} Nothing was sent to Spine.");
        }

        var number = parsed.Value.Value;
        var request = soap.Write("lrsquery", hl7.Build(interactionId, user, Spoil(payload(number))));
        log.Asking(interactionId);
        var verdict = SyncAnswerReader.Read(await exchange.SendAsync(request, cancellationToken));
        switch (verdict)
        {
            case SpineVerdict.Accepted accepted:
                var (view, store) = PermissionsReader.Read(accepted.Interaction);
                recent.Remember(number, view, store);
                return new PermissionsHookResponse("shown", view, store, "Spine's sharing permissions for the patient.");
            case SpineVerdict.Refused refused:
                return new PermissionsHookResponse("spineError", "Ask", "Ask", reasons.Refusal(refused.Reasons));
            case SpineVerdict.Faulted faulted:
                return new PermissionsHookResponse("fault", "Ask", "Ask", faulted.Text);
            default:
                return new PermissionsHookResponse("failed", "Ask", "Ask", ((SpineVerdict.Broken)verdict).Reason);
        }
    }
}
