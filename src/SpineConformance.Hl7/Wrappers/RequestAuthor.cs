using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Wrappers;

/// <summary>
/// Who a validated request says it comes from, typed: the user in <c>ControlActEvent/author</c> (each part
/// <see langword="null"/> when absent or not a well-formed SDS id) and the systems in <c>author1</c>.
/// </summary>
public sealed record RequestAuthor(SdsRoleProfileId? RoleProfileId, SdsUserId? UserId, JobRoleCode? JobRole, IReadOnlyList<Asid> SystemAsids)
{
    public static RequestAuthor None { get; } = new(null, null, null, []);

    /// <summary>Types what <see cref="ControlActAuthors"/> read; a part that does not parse is left out rather than guessed.</summary>
    public static RequestAuthor Of(ControlActAuthors authors)
    {
        var systems = new List<Asid>(authors.SystemIds.Count);
        foreach (var id in authors.SystemIds)
        {
            if (Asid.Parse(id).TryGetValue(out var asid))
            {
                systems.Add(asid);
            }
        }

        return new RequestAuthor(
            SdsRoleProfileId.Parse(authors.RoleProfileId).TryGetValue(out var role) ? role : null,
            SdsUserId.Parse(authors.UserId).TryGetValue(out var user) ? user : null,
            JobRoleCode.Parse(authors.JobRole).TryGetValue(out var job) ? job : null,
            systems);
    }
}
