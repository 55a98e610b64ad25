using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Forms;
using SpineConformance.ReferenceSut.Rbac;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// The SUT's Spine client for the Access Control Service. Each call checks the acting user's job role first and
/// sends nothing when it is refused; otherwise it sends as the configured system and that user, and turns every
/// answer, error or failure into a view. NHS numbers are only trimmed, not checked: how Spine answers a bad one is
/// part of what the suite tests. Only the caller's own cancellation ends a call with an exception.
/// </summary>
/// <remarks>Each method without an acting user acts as the configured logged-in user.</remarks>
public sealed class AcsClient(SpineSyncSender spine, IOptions<ReferenceSutOptions> options, TimeProvider time, IIdSource ids, KnownPermissions known)
{
    public Task<PermissionsView> GetPermissionsAsync(string nhsNumber, CancellationToken cancellationToken) =>
        GetPermissionsAsync(nhsNumber, actingUser: null, cancellationToken);

    /// <summary>Asks Spine for a patient's SCR View and Store permissions (Get).</summary>
    public async Task<PermissionsView> GetPermissionsAsync(string nhsNumber, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nhsNumber);
        var user = actingUser ?? LoggedInUser();
        if (Refusal(user, PermissionsAccess.View) is { } refusal)
        {
            return PermissionsView.Refused(refusal);
        }

        var endpoint = options.Value.SyncEndpoint();
        var envelope = AcsMessages.GetRequest(Outgoing(endpoint, user), GetResourcePermissionsRequest.ForPatient(nhsNumber.Trim()));
        return Seen(nhsNumber, PermissionsView.From(await spine.SendAsync(endpoint, AcsInteractions.Get, envelope, cancellationToken), Defects()));
    }

    public Task<PermissionsView> HasPermissionsAsync(string nhsNumber, CancellationToken cancellationToken) =>
        HasPermissionsAsync(nhsNumber, actingUser: null, cancellationToken);

    /// <summary>Asks Spine whether permission exists to view and to store the patient's SCR (Has); Spine answers Yes, No or Ask for each.</summary>
    public async Task<PermissionsView> HasPermissionsAsync(string nhsNumber, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nhsNumber);
        var user = actingUser ?? LoggedInUser();
        if (Refusal(user, PermissionsAccess.View) is { } refusal)
        {
            return PermissionsView.Refused(refusal);
        }

        var endpoint = options.Value.SyncEndpoint();
        var query = HasResourcePermissionsRequest.ForPatient(nhsNumber.Trim(), AcsFunction.View, AcsFunction.Store);
        var envelope = AcsMessages.HasRequest(Outgoing(endpoint, user), query);
        return Seen(nhsNumber, PermissionsView.From(await spine.SendAsync(endpoint, AcsInteractions.Has, envelope, cancellationToken), Defects()));
    }

    public Task<SetDecisionView> RecordDecisionAsync(string nhsNumber, SharingDecision decision, CancellationToken cancellationToken) =>
        RecordDecisionAsync(nhsNumber, decision, actingUser: null, cancellationToken);

    /// <summary>
    /// Records a sharing decision (Set) as one request with a View and a Store assertion carrying the same permission:
    /// Spine rejects a Set whose View and Store differ (ACS.md §5.3), and a GP decision covers both.
    /// </summary>
    public async Task<SetDecisionView> RecordDecisionAsync(
        string nhsNumber, SharingDecision decision, AuthorPerson? actingUser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nhsNumber);
        var user = actingUser ?? LoggedInUser();
        if (Refusal(user, PermissionsAccess.Change) is { } refusal)
        {
            return SetDecisionView.Refused(decision, refusal);
        }

        var endpoint = options.Value.SyncEndpoint();
        var permission = decision.ToAcsPermission();
        var functions = options.Value.SwitchedOnForms().IsOn(FormCatalogue.SetChangedFunctionOnly)
            ? known.FunctionsToSet(nhsNumber, permission)
            : [AcsFunction.View, AcsFunction.Store];
        var permissions = SetResourcePermissionsRequest.ForPatient(nhsNumber.Trim(), permission, functions);
        var envelope = AcsMessages.SetRequest(Outgoing(endpoint, user), permissions);
        var view = SetDecisionView.From(decision, await spine.SendAsync(endpoint, AcsInteractions.Set, envelope, cancellationToken), Defects());
        if (view.Outcome == SetDecisionOutcome.Recorded)
        {
            var held = permission == AcsPermission.Clear ? AcsPermission.Ask : permission;
            known.Remember(nhsNumber, held, held);
        }

        return view;
    }

    // What Spine showed is what the system now knows of the patient, for a Set that sends only what changes.
    private PermissionsView Seen(string nhsNumber, PermissionsView view)
    {
        if (view.Outcome == PermissionsOutcome.Shown)
        {
            known.Remember(nhsNumber, view.View, view.Store);
        }

        return view;
    }

    private string? Refusal(AuthorPerson user, PermissionsAccess access)
    {
        // A switched-on RBAC defect lets the request go unchecked.
        var defect = access == PermissionsAccess.Change ? DefectCatalogue.NoRbacBeforeSet : DefectCatalogue.NoRbacBeforeView;
        return Defects().IsOn(defect) ? null : RbacPolicy.Refusal(options.Value.Rbac, user.JobRole, access);
    }

    private DefectSwitches Defects() => options.Value.SwitchedOnDefects();

    private OutgoingRequest Outgoing(Uri endpoint, AuthorPerson user)
    {
        var settings = options.Value;
        return new OutgoingRequest(
            WsaMessageId.New(ids),
            WsaMessageId.UpperGuid(ids.NextId()),
            Hl7Timestamp.Format(time.GetUtcNow()),
            endpoint.ToString(),
            settings.SpineAsid,
            settings.SenderAsid,
            user);
    }

    // Parsed per request, which is cheap; the settings were validated at start, so From cannot fail here.
    private AuthorPerson LoggedInUser()
    {
        var user = options.Value.User;
        return new AuthorPerson(SdsRoleProfileId.From(user.RoleProfileId), SdsUserId.From(user.UserId), JobRoleCode.From(user.JobRole));
    }
}
