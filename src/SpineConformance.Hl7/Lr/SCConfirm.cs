namespace SpineConformance.Hl7.Lr;

/// <summary>The payload of Confirm Status Change Request (<c>REPC_MT050101UK11</c>): the id of the LR whose status changed.</summary>
public sealed record SCConfirm(Hl7Id Id)
{
    public static SCConfirm For(string lrId) => new(LrIdentifiers.LrRecord(lrId));
}
