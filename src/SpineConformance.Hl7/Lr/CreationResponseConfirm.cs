namespace SpineConformance.Hl7.Lr;

/// <summary>The payload of Confirm LR Created (<c>REPC_MT020101UK11</c>): the new LR record's id (root <c>…18.3</c>).</summary>
public sealed record CreationResponseConfirm(Hl7Id Id)
{
    public static CreationResponseConfirm For(string lrId) => new(LrIdentifiers.LrRecord(lrId));
}
