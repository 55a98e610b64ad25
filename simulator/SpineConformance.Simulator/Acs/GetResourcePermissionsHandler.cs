using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;
using SpineConformance.Simulator.Sync;

namespace SpineConformance.Simulator.Acs;

/// <summary>
/// Answers <c>GET_RESOURCE_PERMISSIONS_INUK01</c> from the permission state: one assertion per function with a
/// held decision (Yes or No), none for a function at its default (Ask). A patient Spine holds nothing for is
/// answered the same way, as no decision [Q ACS.md §11.4].
/// </summary>
internal sealed class GetResourcePermissionsHandler(IPermissionStore store) : SyncInteractionHandler<PermissionsQuery>
{
    public override SyncInteraction Interaction => AcsInteractions.Get;

    public override bool IsReadOnly => true;

    protected override Func<SyncMessage, PermissionsQuery> ReadRequest { get; } = message => Validated(AcsRequestReader.ReadGet(message));

    public override async Task<SyncReply> HandleAsync(SyncCall<PermissionsQuery> request, CancellationToken cancellationToken)
    {
        var query = request.Request;
        var held = await store.FindAsync(query.Patient, cancellationToken) ?? PatientPermissions.None(query.Patient);
        var assertions = held.Assertions().Where(a => query.Function is null || a.ParsedFunction == query.Function).ToList();
        var document = AcsMessages.GetAnswer(request.Response, new ResourcePermissions(query.Patient.Value, assertions));
        var summary = assertions.Count == 0 ? "no decision held" : string.Join(", ", assertions.Select(a => $"{a.FunctionCode}={a.Permission}"));
        return new SyncReply(StatusCodes.Status200OK, document, $"answered: {summary}");
    }
}
