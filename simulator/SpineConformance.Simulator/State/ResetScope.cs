using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Journal;

namespace SpineConformance.Simulator.State;

/// <summary>
/// What a reset forgets: one patient (their permissions and history, LRs, alerts, journal entries and replies), one client
/// system by ASID (its journal entries and the replies queued for it; patients' state is not the system's to lose), one
/// tenant's recorded journal entries and replies (those its systems sent or were sent while it owned them), or everything
/// the simulator holds apart from its directory.
/// </summary>
public sealed record ResetScope
{
    private ResetScope()
    {
    }

    public static ResetScope Everything { get; } = new();

    public string? NhsNumber { get; private init; }

    public string? Asid { get; private init; }

    /// <summary>The tenant whose recorded journal entries and queued replies are forgotten.</summary>
    public long? TenantId { get; private init; }

    public bool IsEverything => NhsNumber is null && Asid is null && TenantId is null;

    /// <summary>Whether patients' state (permissions, LRs, alerts) is reset; <see cref="NhsNumber"/> narrows it to one patient.</summary>
    public bool ReachesPatientState => Asid is null && TenantId is null;

    public static ResetScope Patient(string nhsNumber) => new() { NhsNumber = nhsNumber };

    public static ResetScope System(string asid) => new() { Asid = asid };

    public static ResetScope Tenant(long tenantId) => new() { TenantId = tenantId };

    public bool Covers(JournalEntry entry) =>
        (NhsNumber is null || entry.NhsNumber == NhsNumber) && (Asid is null || entry.SenderAsid == Asid) && (TenantId is null || entry.TenantId == TenantId);

    public bool Covers(OutboundMessage message) =>
        (NhsNumber is null || message.NhsNumber == NhsNumber) && (Asid is null || message.RecipientAsid == Asid) && (TenantId is null || message.TenantId == TenantId);

    public override string ToString() => this switch
    {
        { NhsNumber: { } nhsNumber } => $"NHS number {nhsNumber}",
        { Asid: { } asid } => $"ASID {asid}",
        { TenantId: { } tenant } => $"tenant {tenant}",
        _ => "everything",
    };
}
