using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;
using SpineConformance.Simulator.Sync;

namespace SpineConformance.Simulator.Acs;

/// <summary>
/// Applies <c>SET_RESOURCE_PERMISSIONS_INUK01</c> to the permission state and answers <c>MCCI_IN010000UK13</c> AA inside
/// <c>setResourcePermissionsResponse</c>. Yes and No are held; Clear returns the function to its default (no assertion,
/// Ask). Setting a value already held is answered AA again and still recorded in the history [Q ACS.md §11.5].
/// </summary>
internal sealed class SetResourcePermissionsHandler(IPermissionStore store, TimeProvider time) : SyncInteractionHandler
{
    public override SyncInteraction Interaction => AcsInteractions.Set;

    public override async Task<SyncReply> HandleAsync(SyncCall request, CancellationToken cancellationToken)
    {
        var payload = AcsPayloads.Of(request, "setResourcePermissionsRequest");
        var permissions = AcsPayloadXml.ReadPermissions(payload)
            ?? throw new InvalidOperationException("Validation let through a Set without permissions.");
        var nhsNumber = NhsNumber.From(permissions.NhsNumber);
        var values = permissions.Assertions.ToDictionary(
            a => a.ParsedFunction!.Value,
            a => a.ParsedPermission == AcsPermission.Clear ? null : a.ParsedPermission);
        var authors = ControlActAuthors.Read(request.Message.ControlActEvent);
        var by = new ChangeAuthor(authors.RoleProfileId, authors.UserId, authors.JobRole,
            request.Message.HeaderSenderAsid ?? (authors.SystemIds.Count > 0 ? authors.SystemIds[0] : null), request.Message.MessageId);
        var after = await store.ApplyAsync(nhsNumber, values, by, time.GetUtcNow(), cancellationToken);
        var document = AcsMessages.Acknowledgement(Interaction, request.Response, AcknowledgementType.AA, []);
        return new SyncReply(StatusCodes.Status200OK, document,
            $"AA: {string.Join(", ", values.Select(v => $"{v.Key}={v.Value?.ToString() ?? "cleared"}"))}; now View={Held(after.View)}, Store={Held(after.Store)}");
    }

    private static string Held(AcsPermission? value) => value?.ToString() ?? "Ask";
}
