namespace SpineConformance.Simulator.Client;

/// <summary>
/// A legitimate relationship held by the simulator: its id (root <c>2.16.840.1.113883.2.1.3.2.4.18.3</c>), the patient,
/// the subject (a user's role profile or a workgroup), the LR type, the access reason and justification, whether an
/// alert was requested, who created it, its period and status, and every status change.
/// </summary>
public sealed record LegitimateRelationship
{
    /// <summary>The LR id (the extension of its <c>id</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The patient's NHS number.</summary>
    public required string NhsNumber { get; init; }

    /// <summary>Who the LR is with.</summary>
    public required LrSubject Subject { get; init; }

    /// <summary>The LR type code (<c>LrVocabulary</c>), e.g. <c>01</c>.</summary>
    public required string LrType { get; init; }

    /// <summary>The access reason code, when one was given.</summary>
    public string? AccessReason { get; init; }

    /// <summary>The free-text justification, when one was given.</summary>
    public string? Justification { get; init; }

    /// <summary>Whether the creator asked for a privacy alert.</summary>
    public bool AlertRequested { get; init; }

    /// <summary>Who created the LR.</summary>
    public required LrActor CreatedBy { get; init; }

    /// <summary>When the LR started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the LR expires (Express consent's requested expiry, or the end of a grace period after a closing change).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The status as last changed (see <see cref="StatusAt"/> for expiry). The default value is Active.</summary>
    public LrStatus Status { get; init; } = LrStatus.Active;

    /// <summary>When the status last changed.</summary>
    public DateTimeOffset StatusSince { get; init; }

    /// <summary>Every status change, oldest first.</summary>
    public IReadOnlyList<LrStatusChange> History { get; init; } = [];

    /// <summary>The status at <paramref name="now"/>: an LR past its expiry is Expired whatever it was.</summary>
    public LrStatus StatusAt(DateTimeOffset now) => ExpiresAt is { } expiry && expiry <= now ? LrStatus.Expired : Status;
}

/// <summary>Who an LR is with: a user's role profile (URP and SDS user id) or a workgroup.</summary>
/// <param name="RoleProfileId">The user's role profile id.</param>
/// <param name="UserId">The user's SDS user id.</param>
/// <param name="WorkgroupId">The workgroup's id.</param>
public sealed record LrSubject(string? RoleProfileId, string? UserId, string? WorkgroupId)
{
    /// <summary>Whether the subject is a workgroup rather than a user's role profile.</summary>
    public bool IsWorkgroup => WorkgroupId is not null;

    /// <summary>The subject in words.</summary>
    public override string ToString() => IsWorkgroup ? $"workgroup {WorkgroupId}" : $"role profile {RoleProfileId} (user {UserId})";
}

/// <summary>Who asked for a change: a user (role profile and user id) or a system (ASID), and the message.</summary>
/// <param name="RoleProfileId">The user's role profile id.</param>
/// <param name="UserId">The user's SDS user id.</param>
/// <param name="SystemAsid">The system's ASID.</param>
/// <param name="MessageId">The message that asked.</param>
public sealed record LrActor(string? RoleProfileId, string? UserId, string? SystemAsid, string? MessageId);

/// <summary>One status change: when, the SCReasonCode, the status before and after, and who asked.</summary>
/// <param name="At">When.</param>
/// <param name="ReasonCode">The SCReasonCode.</param>
/// <param name="From">The status before.</param>
/// <param name="To">The status after.</param>
/// <param name="By">Who asked.</param>
public sealed record LrStatusChange(DateTimeOffset At, string ReasonCode, LrStatus From, LrStatus To, LrActor By);

/// <summary>
/// An alert for the privacy officer, raised by a self-claimed LR or a requested alert (LR.md §11.1: reviewed through
/// the Spine Alert Viewer).
/// </summary>
/// <param name="Id">The alert's id.</param>
/// <param name="RaisedAt">When it was raised.</param>
/// <param name="LrId">The LR that raised it.</param>
/// <param name="NhsNumber">The patient.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="By">Who created the LR.</param>
public sealed record PrivacyAlert(long Id, DateTimeOffset RaisedAt, string LrId, string NhsNumber, string Reason, LrActor By);
