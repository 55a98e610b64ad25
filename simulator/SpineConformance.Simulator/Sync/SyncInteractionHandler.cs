using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Sync;

/// <summary>
/// Answers one synchronous interaction once its request is known to be valid. Derive from
/// <see cref="SyncInteractionHandler{TRequest}"/>: this untyped view is what the dispatcher holds.
/// </summary>
public abstract class SyncInteractionHandler
{
    private protected SyncInteractionHandler()
    {
    }

    public abstract SyncInteraction Interaction { get; }

    /// <summary>The code system of this service's detected issues. The default value is the PSIS/ACS one (<c>…17.33</c>).</summary>
    public virtual string ErrorCodeSystem => Hl7Constants.PsisDetectedIssueCodeSystem;

    /// <summary>
    /// Whether answering changes no state (a query), so the exchange's journal entry may be written behind instead of
    /// committed before the answer. The default value is <see langword="false"/>: committed first.
    /// </summary>
    public virtual bool IsReadOnly => false;

    /// <summary>
    /// How this interaction's errors are answered. The default is ACS's: an MCCI AE inside the response wrapper; LR queries
    /// answer with QUQI_IN010000UK14 instead.
    /// </summary>
    public virtual XDocument ErrorResponse(ResponseContext context, IReadOnlyList<DetectedIssue> reasons) =>
        AcsMessages.Acknowledgement(Interaction, context, AcknowledgementType.AE, reasons);

    /// <summary>Reads a request that passed validation into this interaction's typed call; only <see cref="SyncValidation"/> asks.</summary>
    internal abstract SyncCall Accept(SyncRequest request, ResponseContext response, ValidationReport report);

    internal abstract Task<SyncReply> AnswerAsync(SyncCall call, CancellationToken cancellationToken);
}

/// <summary>Answers one synchronous interaction from its typed, validated request.</summary>
public abstract class SyncInteractionHandler<TRequest> : SyncInteractionHandler
{
    /// <summary>The Hl7 reader that turns this interaction's validated message into <typeparamref name="TRequest"/>.</summary>
    protected abstract Func<SyncMessage, TRequest> ReadRequest { get; }

    public abstract Task<SyncReply> HandleAsync(SyncCall<TRequest> request, CancellationToken cancellationToken);

    internal sealed override SyncCall Accept(SyncRequest request, ResponseContext response, ValidationReport report)
    {
        var message = request.Message!;
        return new SyncCall<TRequest>(Interaction, response, report, request, RequestAuthor.Of(ControlActAuthors.Read(message.ControlActEvent)),
            ReadRequest(message));
    }

    /// <summary>
    /// The value of a reader's result for a request that passed validation. Its failure means a rule let through what the
    /// handler cannot read: a defect in the rules, so it throws instead of guessing.
    /// </summary>
    protected static T Validated<T>(ParseResult<T> read)
        where T : notnull =>
        read.TryGetValue(out var value) ? value : throw new InvalidOperationException($"Validation let through a request its handler cannot read: {read.Error}");

    internal sealed override Task<SyncReply> AnswerAsync(SyncCall call, CancellationToken cancellationToken) =>
        HandleAsync((SyncCall<TRequest>)call, cancellationToken);
}
