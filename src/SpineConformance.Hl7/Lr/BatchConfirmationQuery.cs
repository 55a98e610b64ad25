namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The <c>query</c> of Query Batch Confirmation Request (<c>QUPC_MT030101UK03</c>, LR.md §9.5): the confirmation query
/// for 1 to 10 000 patients at once. There is no History form.
/// </summary>
public sealed record BatchConfirmationQuery(QueryParameterList? ParameterList, IReadOnlyList<Hl7Id> Patients)
{
    public Hl7Id? OtherPerson { get; init; }

    public static BatchConfirmationQuery For(QueryParameterList parameters, params string[] nhsNumbers) =>
        new(parameters, nhsNumbers.Select(LrIdentifiers.Patient).ToList());
}
