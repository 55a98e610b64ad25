using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Simulator.Errors;

/// <summary>
/// The one place that decides how each Spine fault name is answered (ACS.md §8.4). Spine's numeric codes are
/// public for two cases only (Set NHS number: 400 + 35160; Get resource context: 400 + 35506); every other fault
/// is answered with AE 400 "Invalid Request" and a second reason whose code is the symbolic fault name.
/// Entries can be replaced from configuration (<c>Simulator:ErrorResponses</c>, see <see cref="ErrorResponseOverride"/>).
/// </summary>
public sealed class ErrorResponseTable
{
    /// <summary>The general first reason Spine puts before specific ones.</summary>
    public static readonly DetectedIssue InvalidRequest = new("400", Hl7Constants.PsisDetectedIssueCodeSystem, "Invalid Request");

    private const string AnyInteraction = "*";

    private const string ResourceContextText = "35506-Invalid input message. Mandatory field Resource Ctx missing or incorrect.";

    private readonly Dictionary<(string Interaction, string Fault), ErrorResponse> entries = new();

    public ErrorResponseTable(IEnumerable<ErrorResponseOverride>? overrides = null)
    {
        var get = AcsInteractions.Get.InteractionId;
        foreach (var fault in new[] { "ErrorBase1712.RESOURCE_CONTEXT_TOO_LONG", "ErrorBase1712.RESOURCE_CONTEXT_TOO_SHORT", "ErrorBase1712.MANDATORY_DATA_MISSING" })
        {
            Add(get, new ErrorResponse(fault, ErrorResponseKind.ApplicationError, "35506", ResourceContextText)
            {
                Basis = "[C] MTH sample for a Get with an 11-digit NHS number (ACS.md §6.3)",
            });
        }

        Add(AcsInteractions.Set.InteractionId, new ErrorResponse(
            "ErrorBase1712.MANDATORY_DATA_MISSING", ErrorResponseKind.ApplicationError, "35160",
            "[PSIS-35160] - Invalid input message. Mandatory field NHS Number is missing or incorrect")
        {
            Basis = "[C] live Spine Set response for an invalid NHS number (ACS.md §5.5)",
        });

        foreach (var entry in overrides ?? [])
        {
            Add(entry.Interaction ?? AnyInteraction, new ErrorResponse(entry.FaultName, entry.Kind, entry.Code, entry.DisplayName)
            {
                Basis = "configured (Simulator:ErrorResponses)",
            });
        }
    }

    /// <summary>Every explicit entry, for the admin API and documentation.</summary>
    public IReadOnlyCollection<ErrorResponse> Entries => entries.Values;

    /// <summary>How to answer a fault raised on an interaction; the symbolic default when nothing more specific is known.</summary>
    public ErrorResponse Resolve(string interactionId, string? faultName, string detail)
    {
        var name = faultName ?? "SCHEMA_INVALID";
        if (entries.TryGetValue((interactionId, name), out var specific) || entries.TryGetValue((AnyInteraction, name), out specific))
        {
            return specific;
        }

        return new ErrorResponse(name, ErrorResponseKind.ApplicationError, name, detail);
    }

    private void Add(string interaction, ErrorResponse response) => entries[(interaction, response.FaultName)] = response;
}

/// <summary>A configured replacement for one entry of the <see cref="ErrorResponseTable"/>.</summary>
public sealed class ErrorResponseOverride
{
    /// <summary>The interaction id it applies to; all interactions when empty.</summary>
    public string? Interaction { get; set; }

    public string FaultName { get; set; } = string.Empty;

    public ErrorResponseKind Kind { get; set; } = ErrorResponseKind.ApplicationError;

    public string Code { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;
}
