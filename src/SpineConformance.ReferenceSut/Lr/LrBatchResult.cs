using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>The batch confirmation's answer: per patient, whether an Active LR exists, or the issue Spine reported for that patient.</summary>
public sealed record LrBatchResult(IReadOnlyList<LrBatchEntry> Patients)
{
    public static (LrBatchResult, string)? From(LrResponse response)
    {
        if (response is not LrResponse.Succeeded<ConfirmationList> batch)
        {
            return null;
        }

        var entries = batch.Payload.Components.Select(LrBatchEntry.From).ToList();
        var active = entries.Count(e => e.ActiveLrExists == true);
        return (new LrBatchResult(entries), $"An active legitimate relationship exists for {active} of {entries.Count} patients.{LrErrorText.Warnings(batch.Warnings)}");
    }
}

/// <summary>One patient of a batch answer: <see cref="Issue"/> is set (and the flag <see langword="null"/>) when the query failed for them.</summary>
public sealed record LrBatchEntry(string? NhsNumber, bool? ActiveLrExists, string? Issue)
{
    public static LrBatchEntry From(BatchConfirmation component) => component switch
    {
        BatchConfirmation.LRStatus status => new(status.Patient.Extension, status.Value switch { "true" => true, "false" => false, _ => null }, null),
        BatchConfirmation.DetectedIssue issue => new(issue.Patient.Extension, null, $"{issue.Qualifier} {issue.Code.Code} {issue.Code.DisplayName}".Trim()),
        _ => new(component.Patient.Extension, null, "Spine's entry for this patient was not understood."),
    };
}
