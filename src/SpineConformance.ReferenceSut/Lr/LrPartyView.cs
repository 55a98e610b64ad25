using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// Who an LR is with or who acted, flattened for display: <see cref="Kind"/> is <c>user</c> (Id = role profile),
/// <c>workgroup</c>, <c>system</c> (Id = ASID) or <c>otherPerson</c>.
/// </summary>
public sealed record LrPartyView(string Kind, string? Id, string? UserId = null, string? Name = null, string? OrganizationName = null)
{
    public static LrPartyView From(LrAgent agent) => agent switch
    {
        LrAgent.Person person => new("user", person.RoleProfileId.Extension, person.UserId.Extension),
        LrAgent.RequestingUser user => new("user", user.RoleProfileId.Extension, user.UserId.Extension),
        LrAgent.Workgroup workgroup => new("workgroup", workgroup.WorkgroupId.Extension),
        LrAgent.NamedWorkgroup named => new("workgroup", named.WorkgroupId.Extension, null, named.WorkgroupName, named.OrganizationName),
        LrAgent.Device device => new("system", device.SystemId.Extension),
        LrAgent.OtherPerson other => new("otherPerson", other.Id.Extension),
        _ => new("unknown", null),
    };

    public override string ToString() => Kind switch
    {
        "user" => $"user {UserId} in role profile {Id}",
        "workgroup" => $"workgroup {Id}{(Name is null ? string.Empty : $" ({Name}, {OrganizationName})")}",
        _ => $"{Kind} {Id}",
    };
}
