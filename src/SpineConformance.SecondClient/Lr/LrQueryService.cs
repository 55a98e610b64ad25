using System.Globalization;
using System.Xml.Linq;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.SecondClient.Identity;
using SpineConformance.SecondClient.Spine;
using SpineConformance.SecondClient.TestHook;
using SpineConformance.SecondClient.Wire;

namespace SpineConformance.SecondClient.Lr;

/// <summary>
/// The LR and SDS queries (synchronous): an NHS number that fails Modulus 11 is refused here (or, in a batch, reported
/// inline for that patient) and never sent; Spine's answer is shown as data, as Spine's refusal with every reason, or as a fault.
/// </summary>
internal sealed class LrQueryService(Hl7Interaction hl7, SoapRequestWriter soap, SyncExchange exchange, ReasonDisplay reasons, ILogger<LrQueryService> log)
{
    public async Task<LrQueryView> ConfirmationAsync(LrConfirmationHookRequest input, ActingUser user, CancellationToken cancellationToken)
    {
        if (!NhsNumber.Parse(input.NhsNumber).TryGetValue(out var patient))
        {
            return InvalidNhsNumber(input.NhsNumber);
        }

        var query = ConfirmationQuery.For(patient.Value, Parameters(user, input.WorkgroupIds), input.History);
        return await AskAsync("lrsquery", LrInteractions.QueryConfirmationId, user, LrPayloadXml.Write(query), answer => answer switch
        {
            LrResponse.Succeeded<LRExists> shortForm => new LrConfirmationResult(shortForm.Payload.Exists, null, null, null),
            LrResponse.Succeeded<ConfirmHistory> history => new LrConfirmationResult(
                history.Payload.Value == "true", history.Payload.Code?.Code, history.Payload.Code?.DisplayName, history.Payload.EffectiveTime),
            _ => null,
        }, cancellationToken);
    }

    public async Task<LrQueryView> DetailsAsync(LrDetailsHookRequest input, ActingUser user, CancellationToken cancellationToken)
    {
        if (!NhsNumber.Parse(input.NhsNumber).TryGetValue(out var patient))
        {
            return InvalidNhsNumber(input.NhsNumber);
        }

        var query = DetailsQuery.For(patient.Value, input.Complete) with
        {
            DissentOverride = input.DissentOverride is null ? LrVocabulary.DissentOverride.Coded("0") : DetailsQuery.Override(input.DissentOverride, input.OverrideExplanation ?? string.Empty),
            PeriodLow = DateOf(input.From),
            PeriodHigh = DateOf(input.To),
        };
        return await AskAsync("lrsquery", LrInteractions.QueryDetailsId, user, LrPayloadXml.Write(query), answer => answer switch
        {
            LrResponse.Succeeded<SimpleLRList> simple => new LrDetailsResult(patient.Value, simple.Payload.Details.Select(d => new LrRelationshipView(
                d.Id.Extension, d.Status.Code, d.Status.DisplayName, d.EffectiveTime, Party(d.Subject), null, null, null, null, null, null, null)).ToList()),
            LrResponse.Succeeded<CompleteLRList> complete => new LrDetailsResult(patient.Value, complete.Payload.Details.Select(d => new LrRelationshipView(
                d.Id.Extension, d.Status.Code, d.Status.DisplayName, d.StatusSince, Party(d.Subject), d.LrType.Code, d.LrType.DisplayName, d.ActiveFrom,
                Party(d.Author), d.Reason?.ReasonCode?.Code, d.Reason?.Text, d.StatusChange?.ReasonCode.Code)).ToList()),
            _ => null,
        }, cancellationToken);
    }

    public async Task<LrQueryView> BatchAsync(LrBatchConfirmationHookRequest input, ActingUser user, CancellationToken cancellationToken)
    {
        var given = input.NhsNumbers ?? throw new HookInputException("nhsNumbers is required.");
        var valid = given.Where(NhsNumber.IsValid).Distinct(StringComparer.Ordinal).ToList();
        IReadOnlyList<BatchConfirmation> fromSpine = [];
        if (valid.Count > 0)
        {
            var query = BatchConfirmationQuery.For(Parameters(user, input.WorkgroupIds), [.. valid]);
            var view = await AskAsync("lrsquery", LrInteractions.QueryBatchConfirmationId, user, LrPayloadXml.Write(query),
                answer => answer is LrResponse.Succeeded<ConfirmationList> list ? list.Payload.Components : null, cancellationToken);
            if (view.Outcome != "shown")
            {
                return view;
            }

            fromSpine = (IReadOnlyList<BatchConfirmation>)view.Result!;
        }

        // One entry per identifier given, in order; those that are not NHS numbers were never sent.
        var entries = given.Select(number => NhsNumber.Parse(number) is { Success: false } bad
            ? new LrBatchEntry(number, null, $"Not an NHS number, not sent to Spine: {bad.Error}")
            : fromSpine.FirstOrDefault(c => c.Patient.Extension == number) switch
            {
                BatchConfirmation.LRStatus status => new LrBatchEntry(number, status.Value == "true", null),
                BatchConfirmation.DetectedIssue issue => new LrBatchEntry(number, null, $"{issue.Code.Code}: {issue.Code.DisplayName}"),
                _ => new LrBatchEntry(number, null, "Spine's answer did not mention this patient."),
            }).ToList();
        log.Batch(given.Count, valid.Count);
        return new LrQueryView("shown", new LrBatchResult(entries), $"{entries.Count} patients checked.");
    }

    public async Task<LrQueryView> RoleProfilesAsync(LrUserRoleProfilesHookRequest input, ActingUser user, CancellationToken cancellationToken)
    {
        var userId = string.IsNullOrWhiteSpace(input.UserId) ? throw new HookInputException("userId is required.") : input.UserId;
        return await AskAsync("sdsquery", LrInteractions.IdentifyUserRoleProfilesQueryId, user, LrPayloadXml.Write(UserRoleProfilesQuery.For(userId)), answer =>
            answer is LrResponse.Succeeded<URPIDResponse> found
                ? new LrRoleProfilesResult(found.Payload.UserId.Extension, found.Payload.RoleProfiles.Select(p => new LrRoleProfileView(
                    p.Id.Extension, p.OrganizationId.Extension, p.OrganizationName, p.JobRole.Code,
                    p.Workgroups.Select(w => new LrWorkgroupReference(w.Id.Extension, w.Name)).ToList())).ToList())
                : null, cancellationToken);
    }

    public async Task<LrQueryView> WorkgroupMembersAsync(LrWorkgroupMembersHookRequest input, ActingUser user, CancellationToken cancellationToken)
    {
        var ids = input.WorkgroupIds is { Count: > 0 } given ? given : throw new HookInputException("workgroupIds needs at least one workgroup id.");
        return await AskAsync("sdsquery", LrInteractions.WorkgroupMemberQueryId, user, LrPayloadXml.Write(WorkgroupMemberQuery.For([.. ids])), answer =>
            answer is LrResponse.Succeeded<WorkgroupMemberQueryResponse> found
                ? new LrWorkgroupsResult(found.Payload.Workgroups.Select(w => new LrWorkgroupView(w.Id.Extension, w.Name, w.TypeCode, w.Status.Code, w.Status.DisplayName)).ToList())
                : null, cancellationToken);
    }

    private async Task<LrQueryView> AskAsync(
        string service, string interactionId, ActingUser user, XElement query, Func<LrResponse, object?> shown, CancellationToken cancellationToken)
    {
        log.Asking(interactionId);
        var verdict = SyncAnswerReader.Read(await exchange.SendAsync(soap.Write(service, hl7.Build(interactionId, user, query)), cancellationToken));
        return verdict switch
        {
            SpineVerdict.Accepted accepted => shown(LrResponseReader.Read(accepted.Interaction)) is { } result
                ? new LrQueryView("shown", result, "Spine's answer.")
                : new LrQueryView("failed", null, $"Spine's {accepted.Interaction.Name.LocalName} could not be understood."),
            SpineVerdict.Refused refused => new LrQueryView("spineError", null, reasons.Refusal(refused.Reasons)),
            SpineVerdict.Faulted faulted => new LrQueryView("fault", null, faulted.Text),
            SpineVerdict.Broken broken => new LrQueryView("failed", null, broken.Reason),
            _ => new LrQueryView("failed", null, "Spine's answer could not be read."),
        };
    }

    private static QueryParameterList Parameters(ActingUser user, IReadOnlyList<string>? workgroupIds) =>
        QueryParameterList.Of(user.UserId, user.RoleProfileId, [.. workgroupIds ?? []]);

    private static LrPartyView Party(LrAgent agent) => agent switch
    {
        LrAgent.Person person => new LrPartyView("person", person.RoleProfileId.Extension, person.UserId.Extension, null, null),
        LrAgent.RequestingUser requester => new LrPartyView("person", requester.RoleProfileId.Extension, requester.UserId.Extension, null, null),
        LrAgent.NamedWorkgroup named => new LrPartyView("workgroup", named.WorkgroupId.Extension, null, named.WorkgroupName, named.OrganizationName),
        LrAgent.Workgroup workgroup => new LrPartyView("workgroup", workgroup.WorkgroupId.Extension, null, null, null),
        LrAgent.Device device => new LrPartyView("system", device.SystemId.Extension, null, null, null),
        _ => new LrPartyView("other", null, null, null, null),
    };

    private static LrQueryView InvalidNhsNumber(string? nhsNumber) =>
        new("refused", null, $"{NhsNumber.Parse(nhsNumber).Error} Nothing was sent to Spine.");

    private static string? DateOf(string? iso) =>
        iso is null ? null
            : DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            : throw new HookInputException($"'{iso}' is not an ISO 8601 date.");
}
