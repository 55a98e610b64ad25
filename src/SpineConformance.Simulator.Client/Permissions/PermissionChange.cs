using SpineConformance.Hl7.Acs;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// One applied Set assertion, kept forever: which function, the value before and after (<see langword="null"/> = no
/// decision, i.e. Ask), when, who (the <c>author</c>'s ids) and from which system (the sending ASID).
/// A Set that repeats the held value is recorded too: it is an event the patient's record should show.
/// </summary>
/// <param name="NhsNumber">The patient.</param>
/// <param name="Function">View or Store.</param>
/// <param name="OldValue">The decision before; <see langword="null"/> for none.</param>
/// <param name="NewValue">The decision after; <see langword="null"/> for none.</param>
/// <param name="ChangedAt">When the change was applied.</param>
/// <param name="By">Who made it.</param>
public sealed record PermissionChange(
    string NhsNumber,
    AcsFunction Function,
    AcsPermission? OldValue,
    AcsPermission? NewValue,
    DateTimeOffset ChangedAt,
    ChangeAuthor By)
{
    /// <summary>The change's place in the patient's history, from 1.</summary>
    public long Sequence { get; init; }
}

/// <summary>Who made a change: the user's SDS ids when the request carried an <c>author</c>, and the sending system.</summary>
/// <param name="RoleProfileId">The author's SDS role profile id.</param>
/// <param name="UserId">The author's SDS user id.</param>
/// <param name="JobRole">The author's job role code.</param>
/// <param name="SystemAsid">The sending system's ASID.</param>
/// <param name="MessageId">The request's message id, or <c>admin</c>.</param>
public sealed record ChangeAuthor(string? RoleProfileId, string? UserId, string? JobRole, string? SystemAsid, string? MessageId)
{
    /// <summary>A change made through the simulator's own admin API or seed data.</summary>
    public static ChangeAuthor Administrator { get; } = new(null, null, null, null, "admin");
}
