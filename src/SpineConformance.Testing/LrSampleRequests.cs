using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;

namespace SpineConformance.Testing;

/// <summary>
/// Valid LR requests to start from, one or more per request interaction. Queries are SOAP envelopes; the async requests are
/// the bare HL7 interaction element an ebXML message carries, wrapped in a document.
/// </summary>
public static class LrSampleRequests
{
    public const string NhsNumber = "9434765919";

    public const string SecondNhsNumber = "9000000009";

    public const string LrId = "LR0000000000000001";

    public const string Workgroup = "WG0000000001";

    public const string WgmaRoleProfileId = "100000000001";

    /// <summary>The user an LR is granted to, or who is added to a workgroup: role profile then SDS user id.</summary>
    public static LrAgent.Person Clinician { get; } = LrAgent.Person.Of("100000000011", "100000000012");

    public static AsyncRequestContext AsyncContext() => AsyncRequestContext.From(SampleRequests.Outgoing());

    /// <summary>Express consent (04) for a user, asked by a user acting for a workgroup: expiry, access reason 06 with text, an alert.</summary>
    public static CreateRequest CreatePayload() =>
        CreateRequest.For("04", Clinician, NhsNumber, LrAgent.RequestingUser.Of("100000000001", "100000000002", Workgroup)) with
        {
            EffectiveTime = "20271231235959",
            Reason = LrReason.Of("06", "Patient asked for the audit team to see the record"),
            AlertCode = LrVocabulary.AlertCode.Coded("True"),
        };

    public static XDocument Create() => new(LrMessages.CreateRequest(AsyncContext(), CreatePayload()));

    /// <summary>A self-claimed LR (08): the access reason, its text and the alert request a self-claim carries.</summary>
    public static XDocument CreateSelfClaim() => new(LrMessages.CreateRequest(AsyncContext(),
        CreateRequest.For("08", Clinician, NhsNumber, LrAgent.RequestingUser.Of("100000000001", "100000000002", Workgroup)) with
        {
            Reason = LrReason.Of("04", "Seen in clinic today"),
            AlertCode = LrVocabulary.AlertCode.Coded("True"),
        }));

    /// <summary>A referral (06) to a workgroup, sent by a system on its own: the other subject and author choices.</summary>
    public static XDocument CreateForWorkgroupBySystem() => new(LrMessages.CreateRequest(AsyncContext(),
        CreateRequest.For("06", LrAgent.Workgroup.Of(Workgroup), NhsNumber, LrAgent.Device.Of(SampleRequests.SenderAsid))));

    /// <summary>Granted to a colleague (03) with reason 15, which only that type allows.</summary>
    public static XDocument CreateGranted() => new(LrMessages.CreateRequest(AsyncContext(),
        CreateRequest.For("03", Clinician, NhsNumber, LrAgent.RequestingUser.Of("100000000001", "100000000002", Workgroup)) with
        {
            Reason = LrReason.Of("15"),
        }));

    public static XDocument StatusChange() =>
        new(LrMessages.StatusChangeRequest(AsyncContext(), SCRequest.For("11", NhsNumber, Clinician, LrId)));

    public static XDocument StatusChangeBySystem() =>
        new(LrMessages.StatusChangeRequest(AsyncContext(), SCRequest.For("07", NhsNumber, LrAgent.Device.Of(SampleRequests.SenderAsid), LrId)));

    public static XDocument AddToWorkgroup() =>
        new(LrMessages.AddUserToWorkgroupRequest(AsyncContext(), WorkgroupMembershipRequest.Add(Clinician, Workgroup, WgmaRoleProfileId, identifiedWorkgroupsOnly: true)));

    public static XDocument RemoveFromWorkgroup() =>
        new(LrMessages.RemoveUserFromWorkgroupRequest(AsyncContext(), WorkgroupMembershipRequest.Remove(Clinician, Workgroup, WgmaRoleProfileId, identifiedWorkgroupsOnly: false)));

    public static QueryParameterList Parameters(params string[] workgroups) => QueryParameterList.Of("100000000012", "100000000011", workgroups);

    public static XDocument Confirmation(OutgoingRequest? outgoing = null) =>
        LrMessages.QueryConfirmation(outgoing ?? SampleRequests.Outgoing(), ConfirmationQuery.For(NhsNumber, Parameters(Workgroup)));

    /// <summary>Complete details, overriding dissent (code 1 with its explanation), for 2026.</summary>
    public static XDocument Details(OutgoingRequest? outgoing = null) =>
        LrMessages.QueryDetails(outgoing ?? SampleRequests.Outgoing(), DetailsQuery.For(NhsNumber, complete: true) with
        {
            DissentOverride = DetailsQuery.Override("1", "Risk to others"),
            PeriodLow = "20260101",
            PeriodHigh = "20261231",
        });

    public static XDocument Batch(OutgoingRequest? outgoing = null) =>
        LrMessages.QueryBatchConfirmation(outgoing ?? SampleRequests.Outgoing(), BatchConfirmationQuery.For(Parameters(), NhsNumber, SecondNhsNumber));

    public static XDocument UserRoleProfiles(OutgoingRequest? outgoing = null) =>
        LrMessages.IdentifyUserRoleProfilesQuery(outgoing ?? SampleRequests.Outgoing(), UserRoleProfilesQuery.For("100000000012"));

    public static XDocument WorkgroupMembers(OutgoingRequest? outgoing = null) =>
        LrMessages.WorkgroupMemberQuery(outgoing ?? SampleRequests.Outgoing(), WorkgroupMemberQuery.For(Workgroup, "WG0000000002"));
}
