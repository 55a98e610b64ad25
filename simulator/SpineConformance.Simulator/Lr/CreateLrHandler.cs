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
internal sealed class CreateLrHandler(IRelationshipStore store, IIdSource ids, IOptions<LrBehaviourOptions> options) : AsyncInteractionHandler<CreateRequest?>
{
    private const string SelfClaimed = LrVocabulary.LrTypes.SelfClaimed;
    private const string GpRegistration = LrVocabulary.LrTypes.GeneralPracticeRegistration;

    public override AsyncInteraction Interaction => LrInteractions.RequestCreateLr;

    protected override Func<SyncMessage, CreateRequest?> ReadRequest { get; } = LrRequestReader.ReadCreateRequest;

    public override async Task<AsyncReply> HandleAsync(AsyncCall<CreateRequest?> request, CancellationToken cancellationToken)
    {
        var create = request.Request;
        var subject = LrActors.Subject(create?.Subject);
        if (create is null || subject is null || string.IsNullOrEmpty(create.Patient.Extension))
        {
            return Refuse(request, LrRefusal.NotFound, "The request carries no CreateRequest with a patient and a user or workgroup subject.");
        }

        var nhsNumber = create.Patient.Extension;
        if (NhsNumber.Parse(nhsNumber) is not { Success: true } patient)
        {
            return Refuse(request, LrRefusal.NotFound, $"'{nhsNumber}' is not an NHS number.");
        }

        var lrType = create.ReasonCode.Code;
        if (lrType == GpRegistration)
        {
            return Refuse(request, LrRefusal.NaspOnlyType, "LR type 11 (General Practice Registration) is created and maintained only by the NASP.");
        }

        var by = LrActors.From(create.Author, request);
        LegitimateRelationship? existing = null;
        // The duplicate check and the add are one step in the store, so concurrent creates for one patient see each other.
        var relationship = await store.AddForPatientAsync(patient.Value, held =>
        {
            existing = held.FirstOrDefault(r => r.Subject == subject && r.LrType == lrType && r.StatusAt(request.ReceivedAt) == LrStatus.Active);
            return existing is not null && options.Value.DuplicateCreate != DuplicateCreateBehaviour.CreateNew
                ? null
                : new LegitimateRelationship
                {
                    Id = NewLrId(),
                    NhsNumber = nhsNumber,
                    Subject = subject,
                    LrType = lrType,
                    AccessReason = create.Reason?.ReasonCode?.Code,
                    Justification = create.Reason?.Text,
                    AlertRequested = create.AlertCode?.Code == "True",
                    CreatedBy = by,
                    StartedAt = request.ReceivedAt,
                    StatusSince = request.ReceivedAt,
                    ExpiresAt = lrType == LrVocabulary.LrTypes.ExpressConsent && Hl7Timestamp.TryParse(create.EffectiveTime, out var expiry)
                        ? new DateTimeOffset(expiry, TimeSpan.Zero)
                        : null,
                };
        }, cancellationToken);
        if (relationship is null)
        {
            return options.Value.DuplicateCreate == DuplicateCreateBehaviour.Reject
                ? Refuse(request, LrRefusal.Duplicate, $"An Active LR {existing!.Id} of type {lrType} already exists between {nhsNumber} and {subject}.")
                : Confirm(request, existing!, $"duplicate: confirmed existing LR {existing!.Id}");
        }

        if (lrType == SelfClaimed || relationship.AlertRequested)
        {
            await store.RaiseAlertAsync(request.ReceivedAt, LrId.From(relationship.Id), patient.Value,
                lrType == SelfClaimed ? $"self-claimed LR ({relationship.AccessReason ?? "no access reason"}: {relationship.Justification})" : "alert requested with the LR", by,
                cancellationToken);
        }

        return Confirm(request, relationship, $"created LR {relationship.Id} ({subject}, type {lrType})");
    }

    private static AsyncReply Confirm(AsyncCall request, LegitimateRelationship relationship, string outcome) =>
        new(LrMessages.ConfirmLrCreated(request.Response, relationship.Id), LrInteractions.ConfirmLrCreatedId, outcome) { NhsNumber = relationship.NhsNumber };

    private static AsyncReply Refuse(AsyncCall request, LrRefusal refusal, string reason) =>
        new(LrMessages.ApplicationAcknowledgement(request.Response, AcknowledgementType.AE, [LrRefusals.Issue(refusal, reason)]),
            Hl7Constants.McciApplicationAcknowledgement, $"MCCI AE {LrRefusals.Code(refusal)}: {reason}");

    // LR ids are 1..20 characters (LR.md §10.7): the first 8 bytes of a fresh id, as a decimal number.
    private string NewLrId() => BitConverter.ToUInt64(ids.NextId().ToByteArray(), 0).ToString(CultureInfo.InvariantCulture);
}
