using System.Globalization;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Async;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Request Create LR (<c>REPC_IN010000UK15</c>): a new Active LR, confirmed by <c>REPC_IN020000UK13</c> with its id, or
/// MCCI AE. A self-claimed LR (type 08) or a requested alert raises a privacy-officer alert. What a duplicate create does
/// is <see cref="LrBehaviourOptions.DuplicateCreate"/>.
/// </summary>
internal sealed class CreateLrHandler(IRelationshipStore store, IIdSource ids, IOptions<LrBehaviourOptions> options) : AsyncInteractionHandler<ParseResult<LrCreation>>
{
    public override AsyncInteraction Interaction => LrInteractions.RequestCreateLr;

    protected override Func<SyncMessage, ParseResult<LrCreation>> ReadRequest { get; } = LrRequestReader.ReadCreation;

    public override async Task<AsyncReply> HandleAsync(AsyncCall<ParseResult<LrCreation>> request, CancellationToken cancellationToken)
    {
        if (!request.Request.TryGetValue(out var create))
        {
            return Refuse(request, LrRefusal.NotFound, request.Request.Error!);
        }

        var lrType = create.LrType;
        if (lrType.Code == LrVocabulary.LrTypes.GeneralPracticeRegistration)
        {
            return Refuse(request, LrRefusal.NaspOnlyType, $"LR type {lrType.Code} ({lrType.DisplayName}) is created and maintained only by the NASP.");
        }

        var subject = LrActors.Subject(create.Subject) ?? throw new InvalidOperationException("The Create LR reader admits only a user or a workgroup subject.");
        var by = LrActors.From(create.Author, request);
        var patient = create.Patient;
        LegitimateRelationship? existing = null;
        // The duplicate check and the add are one step in the store, so concurrent creates for one patient see each other.
        var relationship = await store.AddForPatientAsync(patient, held =>
        {
            existing = held.FirstOrDefault(r => r.Subject == subject && r.LrType == lrType.Code && r.StatusAt(request.ReceivedAt) == LrStatus.Active);
            return existing is not null && options.Value.DuplicateCreate != DuplicateCreateBehaviour.CreateNew
                ? null
                : new LegitimateRelationship
                {
                    Id = NewLrId().Value,
                    NhsNumber = patient.Value,
                    Subject = subject,
                    LrType = lrType.Code,
                    AccessReason = create.AccessReason?.Code,
                    Justification = create.Justification,
                    AlertRequested = create.AlertRequested,
                    CreatedBy = by,
                    StartedAt = request.ReceivedAt,
                    StatusSince = request.ReceivedAt,
                    ExpiresAt = lrType.Code == LrVocabulary.LrTypes.ExpressConsent ? create.EffectiveUntil : null,
                };
        }, cancellationToken);
        if (relationship is null)
        {
            return options.Value.DuplicateCreate == DuplicateCreateBehaviour.Reject
                ? Refuse(request, LrRefusal.Duplicate, $"An Active LR {existing!.Id} of type {lrType.Code} already exists between {patient} and {subject}.")
                : Confirm(request, existing!, $"duplicate: confirmed existing LR {existing!.Id}");
        }

        var selfClaimed = lrType.Code == LrVocabulary.LrTypes.SelfClaimed;
        if (selfClaimed || relationship.AlertRequested)
        {
            await store.RaiseAlertAsync(request.ReceivedAt, LrId.From(relationship.Id), patient,
                selfClaimed ? $"self-claimed LR ({relationship.AccessReason ?? "no access reason"}: {relationship.Justification})" : "alert requested with the LR", by,
                cancellationToken);
        }

        return Confirm(request, relationship, $"created LR {relationship.Id} ({subject}, type {lrType.Code})");
    }

    private static AsyncReply Confirm(AsyncCall request, LegitimateRelationship relationship, string outcome) =>
        new(LrMessages.ConfirmLrCreated(request.Response, relationship.Id), LrInteractions.ConfirmLrCreatedId, outcome) { NhsNumber = relationship.NhsNumber };

    private static AsyncReply Refuse(AsyncCall request, LrRefusal refusal, string reason) =>
        new(LrMessages.ApplicationAcknowledgement(request.Response, AcknowledgementType.AE, [LrRefusals.Issue(refusal, reason)]),
            Hl7Constants.McciApplicationAcknowledgement, $"MCCI AE {LrRefusals.Code(refusal)}: {reason}");

    // LR ids are 1..20 characters (LR.md §10.7): the first 8 bytes of a fresh id, as a decimal number (at most 20 digits).
    private LrId NewLrId() => LrId.From(BitConverter.ToUInt64(ids.NextId().ToByteArray(), 0).ToString(CultureInfo.InvariantCulture));
}
