using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>Spine's LR errors as one sentence each, for any screen or hook to show.</summary>
internal static class LrErrorText
{
    public static string Rejected(LrResponse.Acknowledged error) =>
        $"Spine rejected the request ({error.Type}): {(error.ErrorText.Length == 0 ? "no reason was given." : error.ErrorText)}";

    public static string QueryFailed(LrResponse.QueryFailed failed)
    {
        var reasons = string.Join("; ", failed.Reasons.Select(r => $"{r.Code} {r.DisplayName}".Trim()));
        return $"Spine could not answer the query ({failed.Type} {failed.QueryResponseCode}): {(reasons.Length == 0 ? "no reason was given." : reasons)}";
    }

    public static string Fault(LrResponse.Faulted faulted)
    {
        var fault = faulted.Fault;
        var errors = fault.Errors.Select(e => $"{e.ErrorCode} {e.Description}".Trim()).Where(e => e.Length > 0).ToList();
        return $"Spine returned a SOAP fault ({fault.FaultCode}): {fault.FaultString}{(errors.Count == 0 ? string.Empty : " — " + string.Join("; ", errors))}";
    }

    public static string Warnings(IReadOnlyList<Hl7.Wrappers.DetectedIssue> warnings) =>
        warnings.Count == 0 ? string.Empty : " Spine added: " + string.Join("; ", warnings.Select(w => $"{w.Code} {w.DisplayName}".Trim())) + ".";
}
