using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
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
internal sealed class GetResourcePermissionsHandler(IPermissionStore store) : SyncInteractionHandler
{
    public override SyncInteraction Interaction => AcsInteractions.Get;

    public override bool IsReadOnly => true;

    public override async Task<SyncReply> HandleAsync(SyncCall request, CancellationToken cancellationToken)
    {
        var query = AcsPayloadXml.ReadGetRequest(AcsPayloads.Of(request, "getResourcePermissionsRequest"))
            ?? throw new InvalidOperationException("Validation let through a Get without accessControlQuery.");
        var nhsNumber = NhsNumber.From(query.NhsNumber!);
        var held = await store.FindAsync(nhsNumber, cancellationToken) ?? PatientPermissions.None(nhsNumber);
        var wanted = query.Criteria?.FunctionCode is { } code && Enum.TryParse<AcsFunction>(code, out var function) ? function : (AcsFunction?)null;
        var assertions = held.Assertions().Where(a => wanted is null || a.ParsedFunction == wanted).ToList();
        var document = AcsMessages.GetResponse(request.Response, new ResourcePermissions(nhsNumber.Value, assertions));
        var summary = assertions.Count == 0 ? "no decision held" : string.Join(", ", assertions.Select(a => $"{a.FunctionCode}={a.Permission}"));
        return new SyncReply(StatusCodes.Status200OK, document, $"answered: {summary}");
    }
}
