namespace SpineConformance.Simulator.Client;

/// <summary>How much one reset forgot, per kind of state.</summary>
/// <param name="Scope">What was reset, in words.</param>
/// <param name="Patients">Patients whose permissions were forgotten.</param>
/// <param name="Relationships">LRs forgotten.</param>
/// <param name="Alerts">Privacy alerts forgotten.</param>
/// <param name="JournalEntries">Journal entries forgotten.</param>
/// <param name="OutboundMessages">Queued or sent replies forgotten.</param>
/// <param name="FaultRules">Fault rules removed.</param>
/// <param name="RememberedMessageIds">ebXML message ids no longer remembered for duplicate elimination.</param>
public sealed record ResetSummary(
    string Scope, int Patients, int Relationships, int Alerts, int JournalEntries, int OutboundMessages, int FaultRules, int RememberedMessageIds);
