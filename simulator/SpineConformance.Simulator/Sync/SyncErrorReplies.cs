using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Errors;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Sync;

/// <summary>Turns the deciding validation errors into the response Spine gives, through the <see cref="ErrorResponseTable"/>.</summary>
internal sealed class SyncErrorReplies(ErrorResponseTable table)
{
    public SyncReply For(SyncInteractionHandler handler, ResponseContext context, IReadOnlyList<Finding> errors)
    {
        var interaction = handler.Interaction;
        var resolved = errors
            .Select(f => (Finding: f, Response: table.Resolve(interaction.InteractionId, f.FaultName, f.Message)))
            .ToList();
        var faults = resolved.Where(r => r.Response.Kind == ErrorResponseKind.SoapFault).ToList();
        if (faults.Count > 0)
        {
            var fault = new SoapFault(
                SoapFault.ClientFaultCode,
                "The message failed validation",
                faults.Select(r => new SpineError(SpineError.TmsCodeContext, r.Response.Code, "Error", r.Finding.XPath, $"{r.Response.DisplayName} {r.Finding.Message}".Trim())).ToList());
            return new SyncReply(StatusCodes.Status500InternalServerError, fault.ToDocument(), $"SOAP fault {string.Join(", ", faults.Select(f => f.Response.Code))}");
        }

        var reasons = new List<DetectedIssue> { ErrorResponseTable.InvalidRequest with { CodeSystem = handler.ErrorCodeSystem } };
        reasons.AddRange(resolved
            .Select(r => new DetectedIssue(r.Response.Code, handler.ErrorCodeSystem, DisplayName(r.Response, r.Finding)))
            .DistinctBy(d => (d.Code, d.DisplayName)));
        var document = handler.ErrorResponse(context, reasons);
        return new SyncReply(StatusCodes.Status200OK, document, "AE: " + string.Join(", ", resolved.Select(r => r.Finding.FaultName ?? r.Finding.RuleId).Distinct()));
    }

    // A documented Spine text is sent as Spine sends it; our own symbolic entries also say what was wrong and where.
    private static string DisplayName(ErrorResponse response, Finding finding) =>
        response.Code == response.FaultName
            ? $"{finding.Message} ({finding.XPath})"
            : response.DisplayName;
}
