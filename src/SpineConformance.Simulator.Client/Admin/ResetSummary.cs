namespace SpineConformance.Simulator.Client;

/// <summary>How much one reset forgot, per kind of state.</summary>
public sealed record ResetSummary(
    string Scope, int Patients, int Relationships, int Alerts, int JournalEntries, int OutboundMessages, int FaultRules, int RememberedMessageIds);
