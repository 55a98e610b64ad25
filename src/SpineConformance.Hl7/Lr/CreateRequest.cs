namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The payload of Request Create LR (<c>REPC_MT010101UK15</c>, LR.md §9.1): the LR type, who the LR is granted to
/// (<see cref="LrAgent.Person"/> or <see cref="LrAgent.Workgroup"/>), the patient and the requesting user or system.
/// </summary>
public sealed record CreateRequest(Hl7Code ReasonCode, LrAgent Subject, Hl7Id Patient, LrAgent Author)
{
    /// <summary>When the LR expires, <c>yyyyMMddHHmmss</c>; used only for LR type 04 Express consent.</summary>
    public string? EffectiveTime { get; init; }

    /// <summary><c>pertinentInformation/pertinentLRReason</c>: the access reason and its text.</summary>
    public LrReason? Reason { get; init; }

    /// <summary><c>reason/justifyingAlertRequest/code</c> (AlertCode <c>True</c>/<c>False</c>): whether an alert must be raised.</summary>
    public Hl7Code? AlertCode { get; init; }

    public static CreateRequest For(string lrTypeCode, LrAgent subject, string nhsNumber, LrAgent author) =>
        new(LrVocabulary.LrType.Coded(lrTypeCode), subject, LrIdentifiers.Patient(nhsNumber), author);
}
