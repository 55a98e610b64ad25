using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Simulator.Admin;

namespace SpineConformance.Simulator.Directory;

/// <summary>The SDS directory through the admin API: read it whole, replace it, or edit one system, user, organisation or workgroup.</summary>
public static class DirectoryEndpoints
{
    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder routes)
    {
        var directory = routes.MapGroup("/admin/directory").WithTags("Simulator admin: SDS directory");
        directory.MapGet("/", (SpineDirectory d) => TypedResults.Ok(d.Snapshot())).WithName("GetDirectory");
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

    private static Results<Ok<DirectoryData>, BadRequest<ProblemDetailsBody>> Replace(DirectoryData data, SpineDirectory directory)
    {
        if (DirectoryProblems.Of(data) is { Count: > 0 } problems)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid directory", string.Join(" ", problems)));
        }

        directory.Replace(data);
        return TypedResults.Ok(directory.Snapshot());
    }

    private static Results<Ok<AccreditedSystem>, NotFound<ProblemDetailsBody>> GetSystem(string asid, SpineDirectory directory) =>
        directory.SystemByAsid(asid) is { } system
            ? TypedResults.Ok(system)
            : TypedResults.NotFound(new ProblemDetailsBody("No such system", $"No accredited system with ASID {asid} is registered."));

    private static Results<Ok<AccreditedSystem>, BadRequest<ProblemDetailsBody>> PutSystem(string asid, AccreditedSystem system, SpineDirectory directory)
    {
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

    private static Results<NoContent, NotFound<ProblemDetailsBody>> DeleteSystem(string asid, SpineDirectory directory) =>
        directory.RemoveSystem(asid)
            ? TypedResults.NoContent()
            : TypedResults.NotFound(new ProblemDetailsBody("No such system", $"No accredited system with ASID {asid} is registered."));

    private static Results<Ok<DirectoryUser>, NotFound<ProblemDetailsBody>> GetUser(string userId, SpineDirectory directory) =>
        directory.User(userId) is { } user
            ? TypedResults.Ok(user)
            : TypedResults.NotFound(new ProblemDetailsBody("No such user", $"No SDS user {userId}."));

    private static Results<Ok<DirectoryUser>, BadRequest<ProblemDetailsBody>> PutUser(string userId, DirectoryUser user, SpineDirectory directory)
    {
        if (user.UserId != userId)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("User id mismatch", $"The body's userId '{user.UserId}' differs from the address's '{userId}'."));
        }

        directory.Upsert(user);
        return TypedResults.Ok(user);
    }

    private static Results<Ok<Organisation>, NotFound<ProblemDetailsBody>> GetOrganisation(string odsCode, SpineDirectory directory) =>
        directory.Organisation(odsCode) is { } organisation
            ? TypedResults.Ok(organisation)
            : TypedResults.NotFound(new ProblemDetailsBody("No such organisation", $"No organisation with ODS code {odsCode}."));

    private static Results<Ok<Organisation>, BadRequest<ProblemDetailsBody>> PutOrganisation(string odsCode, Organisation organisation, SpineDirectory directory)
    {
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

    private static Results<Ok<Workgroup>, NotFound<ProblemDetailsBody>> GetWorkgroup(string workgroupId, SpineDirectory directory) =>
        directory.Workgroup(workgroupId) is { } workgroup
            ? TypedResults.Ok(workgroup)
            : TypedResults.NotFound(new ProblemDetailsBody("No such workgroup", $"No workgroup {workgroupId}."));

    private static Results<Ok<Workgroup>, BadRequest<ProblemDetailsBody>> PutWorkgroup(string workgroupId, Workgroup workgroup, SpineDirectory directory)
    {
        if (workgroup.WorkgroupId != workgroupId)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Workgroup id mismatch", $"The body's workgroupId '{workgroup.WorkgroupId}' differs from the address's '{workgroupId}'."));
        }

        directory.Upsert(workgroup);
        return TypedResults.Ok(workgroup);
    }

    private static Results<Ok<IEnumerable<object>>, NotFound<ProblemDetailsBody>> GetMembers(string workgroupId, SpineDirectory directory) =>
        directory.Workgroup(workgroupId) is null
            ? TypedResults.NotFound(new ProblemDetailsBody("No such workgroup", $"No workgroup {workgroupId}."))
            : TypedResults.Ok(directory.Members(workgroupId).Select(m => (object)new { m.User.UserId, m.User.Name, m.Profile.RoleProfileId, m.Profile.JobRole }));
}
