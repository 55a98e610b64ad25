using System.Net;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// Turns Spine's HTTP answer to a Get into what the user sees. Spine sends AA/AE with HTTP 200 and
/// faults with HTTP 500 (TRANSPORT.md §1.4–§1.6); anything else is a failure the user is told about.
/// </summary>
internal static class SpineAnswer
{
    public static PermissionsView ToView(HttpStatusCode status, ReadOnlySpan<byte> body)
    {
        if (status != HttpStatusCode.OK && status != HttpStatusCode.InternalServerError)
        {
            return PermissionsView.Failed($"Spine answered HTTP {(int)status} {status}; a Spine answer is HTTP 200 or, for a SOAP fault, HTTP 500.");
        }

        return AcsResponseReader.Read(body) switch
        {
            AcsResponse.Faulted faulted => PermissionsView.Fault(FaultText(faulted)),
            _ when status == HttpStatusCode.InternalServerError =>
                PermissionsView.Failed("Spine answered HTTP 500 without a SOAP fault, so the error cannot be shown."),
            AcsResponse.PermissionsReturned returned => PermissionsView.Shown(returned.Permissions),
            AcsResponse.Acknowledged { Type: AcknowledgementType.AA } =>
                PermissionsView.Failed("Spine acknowledged the request (AA) but returned no permissions."),
            AcsResponse.Acknowledged error => PermissionsView.SpineError($"Spine rejected the request ({error.Type}): {ErrorText(error)}"),
            AcsResponse.Unreadable unreadable => PermissionsView.Failed($"Spine's answer could not be read: {unreadable.Reason}"),
            var other => PermissionsView.Failed($"Spine's answer was not understood: {other.GetType().Name}."),
        };
    }

    private static string ErrorText(AcsResponse.Acknowledged error) =>
        error.Reasons.Count == 0 ? "no reason was given." : error.ErrorText;

    private static string FaultText(AcsResponse.Faulted faulted)
    {
        var fault = faulted.Fault;
        var errors = fault.Errors.Select(e => $"{e.ErrorCode} {e.Description}".Trim()).Where(e => e.Length > 0).ToList();
        var detail = errors.Count == 0 ? string.Empty : " — " + string.Join("; ", errors);
        return $"Spine returned a SOAP fault ({fault.FaultCode}): {fault.FaultString}{detail}";
    }
}
