namespace SpineConformance.Hl7.Lr;

/// <summary>The payload of Confirm LR - Batch Response (<c>REPC_MT130101UK02</c>): one entry per patient asked about.</summary>
public sealed record ConfirmationList(IReadOnlyList<BatchConfirmation> Components);

/// <summary>One <c>component</c> of a <see cref="ConfirmationList"/>: an LR status or an issue for that patient.</summary>
public abstract record BatchConfirmation(Hl7Id Patient)
{
    /// <summary><c>responseOptionsLRStatus</c>: <c>true</c> when an Active LR exists, <c>false</c> when none does (not a failure).</summary>
    public sealed record LRStatus(Hl7Id Patient, string Value) : BatchConfirmation(Patient)
    {
        public static LRStatus Of(string nhsNumber, bool active) => new(LrIdentifiers.Patient(nhsNumber), active ? "true" : "false");
    }

    /// <summary><c>responseOptionsDetectedIssueEvent</c>: the query failed for this patient; the code carries a qualifier (ER, WG, IF).</summary>
    public sealed record DetectedIssue(Hl7Id Patient, Hl7Code Code, string Qualifier) : BatchConfirmation(Patient);
}
