namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The <c>query</c> of Query Confirmation Request (<c>QUPC_MT010101UK32</c>, LR.md §9.3): does an LR exist between the
/// patient and the user, role profile or workgroups? <see cref="ResponseType"/> (ConfirmationRespType) asks for the Short
/// (01) or History (02) response.
/// </summary>
public sealed record ConfirmationQuery(QueryParameterList? ParameterList, Hl7Id Patient, Hl7Code ResponseType)
{
    /// <summary><c>otherPerson</c>: must not be sent; here so tests can send it.</summary>
    public Hl7Id? OtherPerson { get; init; }

    public static ConfirmationQuery For(string nhsNumber, QueryParameterList parameters, bool history = false) =>
        new(parameters, LrIdentifiers.Patient(nhsNumber), LrVocabulary.ConfirmationRespType.Coded(history ? LrVocabulary.ResponseTypes.Full : LrVocabulary.ResponseTypes.Brief));
}
