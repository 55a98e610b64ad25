using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Simulator.Sync;

/// <summary>Answers one synchronous interaction once its request is known to be valid.</summary>
public abstract class SyncInteractionHandler
{
    public abstract SyncInteraction Interaction { get; }

    /// <summary>The code system of this service's detected issues. The default value is the PSIS/ACS one (<c>…17.33</c>).</summary>
    public virtual string ErrorCodeSystem => Hl7Constants.PsisDetectedIssueCodeSystem;

    /// <summary>
    /// Whether answering changes no state (a query), so the exchange's journal entry may be written behind instead of
    /// committed before the answer. The default value is <see langword="false"/>: committed first.
    /// </summary>
    public virtual bool IsReadOnly => false;

    public abstract Task<SyncReply> HandleAsync(SyncCall request, CancellationToken cancellationToken);

    /// <summary>
    /// How this interaction's errors are answered. The default is ACS's: an MCCI AE inside the response wrapper; LR queries
    /// answer with QUQI_IN010000UK14 instead.
    /// </summary>
    public virtual XDocument ErrorResponse(ResponseContext context, IReadOnlyList<DetectedIssue> reasons) =>
        AcsMessages.Acknowledgement(Interaction, context, AcknowledgementType.AE, reasons);
}
