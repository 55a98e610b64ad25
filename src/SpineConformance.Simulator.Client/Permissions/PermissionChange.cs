using SpineConformance.Hl7.Acs;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// One applied Set assertion, kept forever: which function, the value before and after (<see langword="null"/> = no
/// decision, i.e. Ask), when, who (the <c>author</c>'s ids) and from which system (the sending ASID).
/// A Set that repeats the held value is recorded too: it is an event the patient's record should show.
/// </summary>
public sealed record PermissionChange(
    string NhsNumber,
    AcsFunction Function,
    AcsPermission? OldValue,
    AcsPermission? NewValue,
    DateTimeOffset ChangedAt,
    ChangeAuthor By)
{
    public long Sequence { get; init; }
}

/// <summary>Who made a change: the user's SDS ids when the request carried an <c>author</c>, and the sending system.</summary>
public sealed record ChangeAuthor(string? RoleProfileId, string? UserId, string? JobRole, string? SystemAsid, string? MessageId)
{
    /// <summary>A change made through the simulator's own admin API or seed data.</summary>
    public static ChangeAuthor Administrator { get; } = new(null, null, null, null, "admin");
}
