using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Sync;

/// <summary>
/// A synchronous request that passed validation: what its wrappers say, typed, and the context its response needs.
/// Only <see cref="SyncValidation"/> makes one (the constructors are internal), so a handler, which takes nothing else,
/// cannot run on a message that was not validated.
/// </summary>
public abstract class SyncCall
{
    private protected SyncCall(SyncInteraction interaction, ResponseContext response, ValidationReport report, SyncRequest request, RequestAuthor author)
    {
        Interaction = interaction;
        InteractionId = Hl7.Identifiers.InteractionId.From(interaction.InteractionId);
        Patient = request.Patient;
        Response = response;
        Report = report;
        MessageId = request.Message?.MessageId;
        SenderAsid = Asid.Parse(request.SenderAsid).TryGetValue(out var asid) ? asid : null;
        Author = author;
    }

    public SyncInteraction Interaction { get; }

    /// <summary>The interaction the request is, which the wrapper rules have checked against its SOAPAction and root element.</summary>
    public InteractionId InteractionId { get; }

    /// <summary>The patient the request names (see <see cref="SyncMessage.PatientId"/>) when it is a valid NHS number.</summary>
    public NhsNumber? Patient { get; }

    public ResponseContext Response { get; }

    /// <summary>What validation found: warnings at most, since the request passed.</summary>
    public ValidationReport Report { get; }

    /// <summary>The sender's <c>wsa:MessageID</c>.</summary>
    public string? MessageId { get; }

    /// <summary>The sending system: the SOAP header's ASID, else the HL7 wrapper's.</summary>
    public Asid? SenderAsid { get; }

    /// <summary>The user and systems in the control act's <c>author</c> and <c>author1</c>.</summary>
    public RequestAuthor Author { get; }
}

/// <summary>A validated synchronous request with its interaction's payload read once into <typeparamref name="TRequest"/>.</summary>
public sealed class SyncCall<TRequest> : SyncCall
{
    internal SyncCall(SyncInteraction interaction, ResponseContext response, ValidationReport report, SyncRequest request, RequestAuthor author, TRequest payload)
        : base(interaction, response, report, request, author) => Request = payload;

    public TRequest Request { get; }
}
