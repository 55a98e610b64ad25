namespace SpineConformance.Simulator.Client;

/// <summary>
/// A legitimate relationship to put straight into the simulator's state (<c>POST /admin/lr</c>), as if Spine already held
/// it: for a test that starts from "the clinician has an LR with this patient" without sending a Create LR first.
/// </summary>
/// <remarks>
/// Give the subject as a user's role profile (<see cref="RoleProfileId"/>, with <see cref="UserId"/>) or as a workgroup
/// (<see cref="WorkgroupId"/>), not both. The LR is recorded as created by the administrator.
/// </remarks>
public sealed record LrSeed
{
    /// <summary>The patient's NHS number (a valid one: 10 digits, Modulus 11).</summary>
    public required string NhsNumber { get; init; }

    /// <summary>The user's role profile id, for an LR with a user.</summary>
    public string? RoleProfileId { get; init; }

    /// <summary>The user's SDS user id, with <see cref="RoleProfileId"/>.</summary>
    public string? UserId { get; init; }

    /// <summary>The workgroup's id, for an LR with a workgroup.</summary>
    public string? WorkgroupId { get; init; }

    /// <summary>The LR type code (<c>LrVocabulary.LrTypes</c>). The default value is <c>11</c>, General Practice Registration.</summary>
    public string LrType { get; init; } = "11";

    /// <summary>The LR id (1 to 20 characters). The default value is one the simulator allocates.</summary>
    public string? Id { get; init; }

    /// <summary>The status it is held in. The default value is Active.</summary>
    public LrStatus Status { get; init; } = LrStatus.Active;

    /// <summary>When it started. The default value is now, by the simulator's clock.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it expires. The default value is never.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }
}
