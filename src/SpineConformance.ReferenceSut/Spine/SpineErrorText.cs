using SpineConformance.Hl7.Acs;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>Spine's error acknowledgements and SOAP faults as one sentence each, for any screen to show.</summary>
internal static class SpineErrorText
{
    public static string Rejected(AcsResponse.Acknowledged error, bool firstReasonOnly = false) =>
        $"Spine rejected the request ({error.Type}): {(error.Reasons.Count == 0 ? "no reason was given." : firstReasonOnly ? $"{error.Reasons[0].Code} {error.Reasons[0].DisplayName}".Trim() : error.ErrorText)}";

    public static string Fault(AcsResponse.Faulted faulted)
    {
        var fault = faulted.Fault;
        var errors = fault.Errors.Select(e => $"{e.ErrorCode} {e.Description}".Trim()).Where(e => e.Length > 0).ToList();
        var detail = errors.Count == 0 ? string.Empty : " — " + string.Join("; ", errors);
        return $"Spine returned a SOAP fault ({fault.FaultCode}): {fault.FaultString}{detail}";
    }
}
