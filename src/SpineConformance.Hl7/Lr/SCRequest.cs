namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The payload of Request Status Change (<c>REPC_MT040101UK14</c>, LR.md §9.2): the SCReasonCode, the patient, the user
/// or system asking (<see cref="LrAgent.Person"/> or <see cref="LrAgent.Device"/>) and the LR being changed.
/// </summary>
public sealed record SCRequest(Hl7Code ReasonCode, Hl7Id Patient, LrAgent Author, Hl7Id LrId)
{
    public static SCRequest For(string scReasonCode, string nhsNumber, LrAgent author, string lrId) =>
        new(LrVocabulary.SCReasonCode.Coded(scReasonCode), LrIdentifiers.Patient(nhsNumber), author, LrIdentifiers.LrRecord(lrId));
}
