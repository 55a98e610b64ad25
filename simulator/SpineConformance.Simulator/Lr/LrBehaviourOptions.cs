namespace SpineConformance.Simulator.Lr;

/// <summary>
/// The parts of the LR service the sources leave open (LR.md §11.2, §13), as documented choices. Bound from
/// <c>Simulator:Lr</c>.
/// </summary>
public sealed class LrBehaviourOptions
{
    public const string SectionName = "Simulator:Lr";

    /// <summary>
    /// What a create does when an Active LR already exists for the same patient, subject and type.
    /// The default value is <see cref="DuplicateCreateBehaviour.ReturnExisting"/> (confirm with the existing id).
    /// </summary>
    public DuplicateCreateBehaviour DuplicateCreate { get; set; } = DuplicateCreateBehaviour.ReturnExisting;

    /// <summary>What a closing status change does. The default value is <see cref="ClosingChangeBehaviour.BecomeInactive"/>.</summary>
    public ClosingChangeBehaviour ClosingChange { get; set; } = ClosingChangeBehaviour.BecomeInactive;

    /// <summary>How long an LR stays visible after a closing change before it expires. The default value is 24 hours.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00", "365.00:00:00", ErrorMessage = "Simulator:Lr:GracePeriod must be between 0 and 365 days.")]
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Whether a Frozen LR may be made Active again by an affirming change (08, 12). The default value is <see langword="false"/>.</summary>
    public bool FrozenCanReactivate { get; set; }

    /// <summary>Whether the SCReasonCodes retired in MIM 7.2.02 (01–05) are accepted. The default value is <see langword="false"/> (rejected).</summary>
    public bool AcceptRetiredReasonCodes { get; set; }
}

public enum DuplicateCreateBehaviour
{
    /// <summary>Answer Confirm LR Created with the existing LR's id; nothing new is created.</summary>
    ReturnExisting,

    /// <summary>Answer MCCI AE: a duplicate LR.</summary>
    Reject,

    /// <summary>Create another LR.</summary>
    CreateNew,
}

public enum ClosingChangeBehaviour
{
    /// <summary>The LR becomes Inactive and expires after the grace period.</summary>
    BecomeInactive,

    /// <summary>The LR stays Active and expires after the grace period (the storyboard's "remains active for a period").</summary>
    StayActiveUntilExpiry,
}
