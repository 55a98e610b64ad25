using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Journal;

namespace SpineConformance.Simulator.State;

/// <summary>
/// What a reset forgets: one patient (their permissions and history, LRs, alerts, journal entries and replies), one client
/// system by ASID (its journal entries and the replies queued for it; patients' state is not the system's to lose), or
/// everything the simulator holds apart from its directory.
/// </summary>
public sealed record ResetScope
{
    private ResetScope()
    {
    }

    public static ResetScope Everything { get; } = new();

    public string? NhsNumber { get; private init; }

    public string? Asid { get; private init; }

    public bool IsEverything => NhsNumber is null && Asid is null;

    /// <summary>Whether patients' state (permissions, LRs, alerts) is reset; <see cref="NhsNumber"/> narrows it to one patient.</summary>
    public bool ReachesPatientState => Asid is null;

    public static ResetScope Patient(string nhsNumber) => new() { NhsNumber = nhsNumber };

    public static ResetScope System(string asid) => new() { Asid = asid };

    public bool Covers(JournalEntry entry) =>
        (NhsNumber is null || entry.NhsNumber == NhsNumber) && (Asid is null || entry.SenderAsid == Asid);

    public bool Covers(OutboundMessage message) =>
        (NhsNumber is null || message.NhsNumber == NhsNumber) && (Asid is null || message.RecipientAsid == Asid);

    public override string ToString() => this switch
    {
        { NhsNumber: { } nhsNumber } => $"NHS number {nhsNumber}",
        { Asid: { } asid } => $"ASID {asid}",
        _ => "everything",
    };
}
