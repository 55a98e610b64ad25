using SpineConformance.Hl7.Acs;
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
internal sealed class SetResourcePermissionsHandler(IPermissionStore store, TimeProvider time) : SyncInteractionHandler<PermissionsChange>
{
    public override SyncInteraction Interaction => AcsInteractions.Set;

    protected override Func<SyncMessage, PermissionsChange> ReadRequest { get; } = message => Validated(AcsRequestReader.ReadSet(message));

    public override async Task<SyncReply> HandleAsync(SyncCall<PermissionsChange> request, CancellationToken cancellationToken)
    {
        var change = request.Request;
        var author = request.Author;
        var by = new ChangeAuthor(author.RoleProfileId?.Value, author.UserId?.Value, author.JobRole?.Value,
            (request.SenderAsid ?? (author.SystemAsids.Count > 0 ? author.SystemAsids[0] : null))?.Value, request.MessageId);
        var after = await store.ApplyAsync(change.Patient, change.Values, by, time.GetUtcNow(), cancellationToken);
        var document = AcsMessages.AcknowledgementAnswer(Interaction, request.Response, AcknowledgementType.AA, []);
        return new SyncReply(StatusCodes.Status200OK, document,
            $"AA: {string.Join(", ", change.Values.Select(v => $"{v.Key}={v.Value?.ToString() ?? "cleared"}"))}; now View={Held(after.View)}, Store={Held(after.Store)}");
    }

    private static string Held(AcsPermission? value) => value?.ToString() ?? "Ask";
}
