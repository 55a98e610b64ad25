using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Directory;

/// <summary>
/// The SDS directory through the admin API: read it whole, replace it, or edit one system, user, organisation or workgroup.
/// With a tenant's key, only its own entries (<see cref="DirectoryOwnership"/>); replacing the whole directory needs the operator key.
/// </summary>
public static class DirectoryEndpoints
{
    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder routes)
    {
        var directory = routes.MapGroup("/admin/directory").WithTags("Simulator admin: SDS directory");
        directory.MapGet("/", (SpineDirectory d, AdminCaller caller, TenantRegistry tenants) =>
            TypedResults.Ok(caller.Tenant is { } tenant ? new DirectoryOwnership(tenant, tenants, d.Snapshot()).Visible() : d.Snapshot())).WithName("GetDirectory");
        directory.MapPut("/", Replace).WithName("ReplaceDirectory");
        directory.MapGet("/systems/{asid}", GetSystem).WithName("GetSystem");
        directory.MapPut("/systems/{asid}", PutSystem).WithName("PutSystem");
        directory.MapDelete("/systems/{asid}", DeleteSystem).WithName("DeleteSystem");
        directory.MapGet("/users/{userId}", GetUser).WithName("GetUser");
        directory.MapPut("/users/{userId}", PutUser).WithName("PutUser");
        directory.MapGet("/organisations/{odsCode}", GetOrganisation).WithName("GetOrganisation");
        directory.MapPut("/organisations/{odsCode}", PutOrganisation).WithName("PutOrganisation");
        directory.MapGet("/workgroups/{workgroupId}", GetWorkgroup).WithName("GetWorkgroup");
        directory.MapPut("/workgroups/{workgroupId}", PutWorkgroup).WithName("PutWorkgroup");
        directory.MapGet("/workgroups/{workgroupId}/members", GetMembers).WithName("GetWorkgroupMembers");
        return routes;
    }

    private static Results<Ok<DirectoryData>, BadRequest<ProblemDetailsBody>, ProblemHttpResult> Replace(DirectoryData data, SpineDirectory directory, AdminCaller caller)
    {
        if (!caller.IsOperator)
        {
            return caller.OperatorOnly("Replacing the whole directory");
        }

        if (DirectoryProblems.Of(data) is { Count: > 0 } problems)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid directory", string.Join(" ", problems)));
        }

        directory.Replace(data);
        return TypedResults.Ok(directory.Snapshot());
    }

    private static Results<Ok<AccreditedSystem>, NotFound<ProblemDetailsBody>, ProblemHttpResult> GetSystem(
        string asid, SpineDirectory directory, AdminCaller caller, TenantRegistry tenants) =>
        caller.Tenant is { } tenant && !tenants.Owns(tenant, asid) ? caller.NotYours($"The system with ASID {asid}")
        : directory.SystemByAsid(asid) is { } system
            ? TypedResults.Ok(system)
            : TypedResults.NotFound(new ProblemDetailsBody("No such system", $"No accredited system with ASID {asid} is registered."));

    private static Results<Ok<AccreditedSystem>, BadRequest<ProblemDetailsBody>, ProblemHttpResult> PutSystem(
        string asid, AccreditedSystem system, SpineDirectory directory, AdminCaller caller, TenantRegistry tenants)
    {
        if (caller.Tenant is { } tenant)
        {
            var ownership = new DirectoryOwnership(tenant, tenants, directory.Snapshot());
            // Its own ASID, or a new system under one of its own party keys; never a system another tenant owns.
            var asidOwner = tenants.OwnerOf(asid);
            if (asidOwner is null ? !tenant.Systems.OwnsPartyKey(system.PartyKey) : asidOwner != tenant.Id)
            {
                return caller.NotYours($"The system with ASID {asid}");
            }

            if (tenants.OwnerOf(system.PartyKey) is { } partyOwner && partyOwner != tenant.Id)
            {
                return caller.NotYours($"Party key {system.PartyKey}");
            }

            if (ownership.OtherServing(system.OdsCode) is not null)
            {
                return caller.NotYours($"Organisation {system.OdsCode}");
            }
        }

        if (system.Asid != asid)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("ASID mismatch", $"The body's asid '{system.Asid}' differs from the address's '{asid}'."));
        }

        if (DirectoryProblems.Of(system) is { Count: > 0 } problems)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid system", string.Join(" ", problems)));
        }

        directory.Upsert(system);
        return TypedResults.Ok(system);
    }

    private static Results<NoContent, NotFound<ProblemDetailsBody>, ProblemHttpResult> DeleteSystem(
        string asid, SpineDirectory directory, AdminCaller caller, TenantRegistry tenants) =>
        caller.Tenant is { } tenant && !tenants.Owns(tenant, asid) ? caller.NotYours($"The system with ASID {asid}")
        : directory.RemoveSystem(asid)
            ? TypedResults.NoContent()
            : TypedResults.NotFound(new ProblemDetailsBody("No such system", $"No accredited system with ASID {asid} is registered."));

    private static Results<Ok<DirectoryUser>, NotFound<ProblemDetailsBody>, ProblemHttpResult> GetUser(
        string userId, SpineDirectory directory, AdminCaller caller, TenantRegistry tenants) =>
        caller.Tenant is { } tenant && (directory.User(userId) is not { } held || !new DirectoryOwnership(tenant, tenants, directory.Snapshot()).Owns(held))
            ? caller.NotYours($"SDS user {userId}")
        : directory.User(userId) is { } user
            ? TypedResults.Ok(user)
            : TypedResults.NotFound(new ProblemDetailsBody("No such user", $"No SDS user {userId}."));

    private static Results<Ok<DirectoryUser>, BadRequest<ProblemDetailsBody>, ProblemHttpResult> PutUser(
        string userId, DirectoryUser user, SpineDirectory directory, AdminCaller caller, TenantRegistry tenants)
    {
        // A tenant's user is held only at its own organisations, before and after the change.
        if (caller.Tenant is { } tenant && new DirectoryOwnership(tenant, tenants, directory.Snapshot()) is var ownership
            && ((directory.User(userId) is { } held && !ownership.Owns(held)) || !ownership.Owns(user)))
        {
            return caller.NotYours($"SDS user {userId} (every role profile at one of the tenant's organisations)");
        }

        if (user.UserId != userId)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("User id mismatch", $"The body's userId '{user.UserId}' differs from the address's '{userId}'."));
        }

        directory.Upsert(user);
        return TypedResults.Ok(user);
    }

    private static Results<Ok<Organisation>, NotFound<ProblemDetailsBody>, ProblemHttpResult> GetOrganisation(
        string odsCode, SpineDirectory directory, AdminCaller caller, TenantRegistry tenants) =>
        caller.Tenant is { } tenant && !new DirectoryOwnership(tenant, tenants, directory.Snapshot()).OwnsOrganisation(odsCode)
            ? caller.NotYours($"Organisation {odsCode}")
        : directory.Organisation(odsCode) is { } organisation
            ? TypedResults.Ok(organisation)
            : TypedResults.NotFound(new ProblemDetailsBody("No such organisation", $"No organisation with ODS code {odsCode}."));

    private static Results<Ok<Organisation>, BadRequest<ProblemDetailsBody>, ProblemHttpResult> PutOrganisation(
        string odsCode, Organisation organisation, SpineDirectory directory, AdminCaller caller, TenantRegistry tenants)
    {
        if (caller.Tenant is { } tenant && !new DirectoryOwnership(tenant, tenants, directory.Snapshot()).OwnsOrganisation(odsCode))
        {
            return caller.NotYours($"Organisation {odsCode} (register one of the tenant's systems with this odsCode first)");
        }

        if (organisation.OdsCode != odsCode)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("ODS code mismatch", $"The body's odsCode '{organisation.OdsCode}' differs from the address's '{odsCode}'."));
        }

        if (string.IsNullOrWhiteSpace(organisation.Name))
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid organisation", $"Organisation {odsCode} needs a name: it is what a role profile look-up shows."));
        }

        directory.Upsert(organisation);
        return TypedResults.Ok(organisation);
    }

    private static Results<Ok<Workgroup>, NotFound<ProblemDetailsBody>, ProblemHttpResult> GetWorkgroup(
        string workgroupId, SpineDirectory directory, AdminCaller caller, TenantRegistry tenants) =>
        caller.Tenant is { } tenant && (directory.Workgroup(workgroupId) is not { } held || !new DirectoryOwnership(tenant, tenants, directory.Snapshot()).Owns(held))
            ? caller.NotYours($"Workgroup {workgroupId}")
        : directory.Workgroup(workgroupId) is { } workgroup
            ? TypedResults.Ok(workgroup)
            : TypedResults.NotFound(new ProblemDetailsBody("No such workgroup", $"No workgroup {workgroupId}."));

    private static Results<Ok<Workgroup>, BadRequest<ProblemDetailsBody>, ProblemHttpResult> PutWorkgroup(
        string workgroupId, Workgroup workgroup, SpineDirectory directory, AdminCaller caller, TenantRegistry tenants)
    {
        if (caller.Tenant is { } tenant && new DirectoryOwnership(tenant, tenants, directory.Snapshot()) is var ownership
            && ((directory.Workgroup(workgroupId) is { } held && !ownership.Owns(held)) || !ownership.Owns(workgroup)))
        {
            return caller.NotYours($"Workgroup {workgroupId} (at one of the tenant's organisations)");
        }

        if (workgroup.WorkgroupId != workgroupId)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Workgroup id mismatch", $"The body's workgroupId '{workgroup.WorkgroupId}' differs from the address's '{workgroupId}'."));
        }

        directory.Upsert(workgroup);
        return TypedResults.Ok(workgroup);
    }

    private static Results<Ok<IEnumerable<object>>, NotFound<ProblemDetailsBody>, ProblemHttpResult> GetMembers(
        string workgroupId, SpineDirectory directory, AdminCaller caller, TenantRegistry tenants) =>
        caller.Tenant is { } tenant && (directory.Workgroup(workgroupId) is not { } held || !new DirectoryOwnership(tenant, tenants, directory.Snapshot()).Owns(held))
            ? caller.NotYours($"Workgroup {workgroupId}")
        : directory.Workgroup(workgroupId) is null
            ? TypedResults.NotFound(new ProblemDetailsBody("No such workgroup", $"No workgroup {workgroupId}."))
            : TypedResults.Ok(directory.Members(workgroupId).Select(m => (object)new { m.User.UserId, m.User.Name, m.Profile.RoleProfileId, m.Profile.JobRole }));
}
