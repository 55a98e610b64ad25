using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;

namespace SpineConformance.Simulator.Async;

/// <summary>
/// An asynchronous request that passed its checks: what its ebXML header and HL7 wrapper say, typed, and the context its
/// reply needs. Only <see cref="AsyncInteractionHandler"/>'s acceptance of a validated payload makes one (the constructors
/// are internal), so a handler cannot run on a message that was not validated.
/// </summary>
public abstract class AsyncCall
{
    private protected AsyncCall(AsyncInteraction interaction, EbxmlHeader header, SyncMessage payload, AsyncResponseContext response, DateTimeOffset receivedAt)
    {
        InteractionId = InteractionId.From(interaction.InteractionId);
        Patient = NhsNumber.Parse(payload.PatientId).TryGetValue(out var patient) ? patient : null;
        EbxmlMessageId = header.MessageId;
        FromPartyKey = PartyKey.Parse(header.From.PartyId).TryGetValue(out var partyKey) ? partyKey : null;
        SenderAsid = Asid.Parse(payload.BodySenderAsid).TryGetValue(out var asid) ? asid : null;
        Response = response;
        ReceivedAt = receivedAt;
    }

    /// <summary>The interaction the request is, which routing matched on its <c>eb:Service</c> and <c>eb:Action</c>.</summary>
    public InteractionId InteractionId { get; }

    /// <summary>The patient the payload names (see <see cref="SyncMessage.PatientId"/>) when it is a valid NHS number.</summary>
    public NhsNumber? Patient { get; }

    /// <summary>The request's <c>eb:MessageId</c>.</summary>
    public string EbxmlMessageId { get; }

    /// <summary>The sending MHS's party key (<c>eb:From/eb:PartyId</c>), when it is a well-formed one.</summary>
    public PartyKey? FromPartyKey { get; }

    /// <summary>The sending system's ASID from the HL7 wrapper (<c>communicationFunctionSnd</c>), when it is a well-formed one.</summary>
    public Asid? SenderAsid { get; }

    public AsyncResponseContext Response { get; }

    public DateTimeOffset ReceivedAt { get; }
}

/// <summary>A validated asynchronous request with its interaction's payload read once into <typeparamref name="TRequest"/>.</summary>
public sealed class AsyncCall<TRequest> : AsyncCall
{
    internal AsyncCall(
        AsyncInteraction interaction, EbxmlHeader header, SyncMessage payload, AsyncResponseContext response, DateTimeOffset receivedAt, TRequest request)
        : base(interaction, header, payload, response, receivedAt) => Request = request;

    public TRequest Request { get; }
}

/// <summary>The HL7 business reply to send back asynchronously, and a few words for the journal.</summary>
public sealed record AsyncReply(XElement Hl7, string InteractionId, string Outcome)
{
    public string? NhsNumber { get; init; }
}
