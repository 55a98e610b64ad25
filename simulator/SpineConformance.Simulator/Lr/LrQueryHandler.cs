using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Sync;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// The shared shape of the LR and SDS queries: the <c>query</c> under ControlActEvent, read into <typeparamref name="TRequest"/>
/// (a typed request or what kept it from being one, or the query as sent, <see langword="null"/> when there is none), answered with the interaction's
/// response, or with <c>QUQI_IN010000UK14</c> (AE, <c>queryResponseCode</c> ID) and reasons in the LR code system.
/// </summary>
internal abstract class LrQueryHandler<TRequest> : SyncInteractionHandler<TRequest>
{
    public override string ErrorCodeSystem => Hl7Constants.LrResponseCodeSystem;

    public override bool IsReadOnly => true;

    public override XDocument ErrorResponse(ResponseContext context, IReadOnlyList<DetectedIssue> reasons) =>
        LrMessages.QueryActFailed(Interaction, context, reasons);

    protected SyncReply Failed(SyncCall request, string code, string reason) =>
        new(StatusCodes.Status200OK, ErrorResponse(request.Response, [LrMessages.LrIssue(code, reason)]), $"QUQI ID {code}: {reason}");
}
