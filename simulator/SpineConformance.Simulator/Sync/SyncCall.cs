using SpineConformance.Hl7.Soap;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Sync;

/// <summary>
/// A synchronous request that passed validation, with the context its response needs. Only <see cref="SyncValidation"/>
/// makes one, so a handler, which takes nothing else, cannot run on a message that was not validated.
/// </summary>
public sealed class SyncCall
{
    internal SyncCall(SyncMessage message, SyncInteraction interaction, ResponseContext response, ValidationReport report)
    {
        Message = message;
        Interaction = interaction;
        Response = response;
        Report = report;
    }

    public SyncMessage Message { get; }

    public SyncInteraction Interaction { get; }

    public ResponseContext Response { get; }

    /// <summary>What validation found: warnings at most, since the request passed.</summary>
    public ValidationReport Report { get; }
}
