namespace SpineConformance.Simulator.Client;

/// <summary>
/// A legitimate relationship held by the simulator: its id (root <c>2.16.840.1.113883.2.1.3.2.4.18.3</c>), the patient,
/// the subject (a user's role profile or a workgroup), the LR type, the access reason and justification, whether an
/// alert was requested, who created it, its period and status, and every status change.
/// </summary>
public sealed record LegitimateRelationship
{
    public required string Id { get; init; }

    public required string NhsNumber { get; init; }

    public required LrSubject Subject { get; init; }

    public required string LrType { get; init; }

    public string? AccessReason { get; init; }

    public string? Justification { get; init; }

    public bool AlertRequested { get; init; }

    public required LrActor CreatedBy { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the LR expires (Express consent's requested expiry, or the end of a grace period after a closing change).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    public LrStatus Status { get; init; } = LrStatus.Active;

    public DateTimeOffset StatusSince { get; init; }

    public IReadOnlyList<LrStatusChange> History { get; init; } = [];

    /// <summary>The status at <paramref name="now"/>: an LR past its expiry is Expired whatever it was.</summary>
    public LrStatus StatusAt(DateTimeOffset now) => ExpiresAt is { } expiry && expiry <= now ? LrStatus.Expired : Status;
}

/// <summary>Who an LR is with: a user's role profile (URP and SDS user id) or a workgroup.</summary>
public sealed record LrSubject(string? RoleProfileId, string? UserId, string? WorkgroupId)
{
    public bool IsWorkgroup => WorkgroupId is not null;

    public override string ToString() => IsWorkgroup ? $"workgroup {WorkgroupId}" : $"role profile {RoleProfileId} (user {UserId})";
}

/// <summary>Who asked for a change: a user (role profile and user id) or a system (ASID), and the message.</summary>
public sealed record LrActor(string? RoleProfileId, string? UserId, string? SystemAsid, string? MessageId);

/// <summary>One status change: when, the SCReasonCode, the status before and after, and who asked.</summary>
public sealed record LrStatusChange(DateTimeOffset At, string ReasonCode, LrStatus From, LrStatus To, LrActor By);

/// <summary>
/// An alert for the privacy officer, raised by a self-claimed LR or a requested alert (LR.md §11.1: reviewed through
/// the Spine Alert Viewer).
/// </summary>
public sealed record PrivacyAlert(long Id, DateTimeOffset RaisedAt, string LrId, string NhsNumber, string Reason, LrActor By);
