namespace SpineConformance.Hl7.Lr;

/// <summary>The payload of LR Details - Complete Response (<c>REPC_MT100101UK32</c>): the patient and up to 1000 LRs in full.</summary>
public sealed record CompleteLRList(Hl7Id Patient, IReadOnlyList<CompleteDetails> Details);

/// <summary>
/// One <c>completeDetails</c>: the LR id, status, the period from becoming active (<see cref="ActiveFrom"/>) to reaching a
/// non-active status (<see cref="StatusSince"/>, absent when active), the LR type, who it is with, who created it, the last
/// status change and the access reason given at creation.
/// </summary>
public sealed record CompleteDetails(Hl7Id Id, Hl7Code Status, string ActiveFrom, Hl7Code LrType, LrAgent Subject, LrAgent Author)
{
    public string? StatusSince { get; init; }

    /// <summary><c>component/sCDetails</c>: the last status change's reason and author.</summary>
    public SCDetails? StatusChange { get; init; }

    /// <summary><c>pertinentInformation/pertinentReasonTxt</c>.</summary>
    public LrReason? Reason { get; init; }
}

/// <summary><c>sCDetails</c>: the SCReasonCode of a status change and the user or system that asked for it.</summary>
public sealed record SCDetails(Hl7Code ReasonCode, LrAgent Author);
