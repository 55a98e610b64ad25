using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;
using SpineConformance.Simulator.Sync;

namespace SpineConformance.Simulator.Acs;

/// <summary>
/// Answers <c>HAS_RESOURCE_PERMISSIONS_INUK01</c> from the same state as Get: one assertion per asked access control set,
/// echoing its resource, function and accessor, with the held permission (Yes or No) or Ask when none is held.
/// Spine holds permissions for accessor Everyone only, so they answer for any accessor asked about [I].
/// </summary>
internal sealed class HasResourcePermissionsHandler(IPermissionStore store) : SyncInteractionHandler<PermissionsCheck>
{
    public override SyncInteraction Interaction => AcsInteractions.Has;

    public override bool IsReadOnly => true;

    protected override Func<SyncMessage, PermissionsCheck> ReadRequest { get; } = message => Validated(AcsRequestReader.ReadHas(message));

    public override async Task<SyncReply> HandleAsync(SyncCall<PermissionsCheck> request, CancellationToken cancellationToken)
    {
        var query = request.Request;
        var held = await store.FindAsync(query.Patient, cancellationToken) ?? PatientPermissions.None(query.Patient);
        var assertions = query.Sets.Select(set =>
        {
            var function = Enum.TryParse<AcsFunction>(set.FunctionCode, out var f) ? f : (AcsFunction?)null;
            var permission = function is null ? AcsPermission.Ask : held.For(function.Value) ?? AcsPermission.Ask;
            return new AccessControlAssertion(permission.ToString(), set.ResourceType ?? string.Empty, set.ResourceId ?? string.Empty,
                set.FunctionContext ?? string.Empty, set.FunctionCode ?? string.Empty, set.AccessorType, set.AccessorName ?? set.AccessorIdExtension);
        }).ToList();
        var document = AcsMessages.HasAnswer(request.Response, new ResourcePermissions(query.Patient.Value, assertions));
        return new SyncReply(StatusCodes.Status200OK, document,
            "answered: " + string.Join(", ", assertions.Select(a => $"{a.FunctionCode}={a.Permission}")));
    }
}
