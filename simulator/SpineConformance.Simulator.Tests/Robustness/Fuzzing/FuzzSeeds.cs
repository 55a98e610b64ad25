using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Robustness.Fuzzing;

/// <summary>One valid request of an interaction the simulator serves: what every mutation of that interaction starts from.</summary>
public sealed record FuzzSeed(string Interaction, Func<Random, BadRequest> Build)
{
    public override string ToString() => Interaction;
}

/// <summary>A valid request of every interaction the simulator serves: ACS Get, Set and Has, the LR and SDS queries, and the LR ebXML requests.</summary>
internal static class FuzzSeeds
{
    private const string TextXml = "text/xml; charset=utf-8";

    public static IReadOnlyList<FuzzSeed> All { get; } =
    [
        Sync("ACS Get", () => SampleRequests.Get(), BrokenGetRequests.GetAction),
        Sync("ACS Set", () => SampleRequests.Set(), BrokenSetRequests.SetAction),
        Sync("ACS Has", () => SampleRequests.Has(), BrokenHasRequests.HasAction),
        Sync("LR Query Confirmation", () => LrSampleRequests.Confirmation(), LrInteractions.QueryConfirmationShort.Action),
        Sync("LR Query Details", () => LrSampleRequests.Details(), LrInteractions.QueryDetailsComplete.Action),
        Sync("LR Query Batch Confirmation", () => LrSampleRequests.Batch(), LrInteractions.QueryBatchConfirmation.Action),
        Sync("SDS Identify User Role Profiles", () => LrSampleRequests.UserRoleProfiles(), LrInteractions.IdentifyUserRoleProfiles.Action),
        Sync("SDS Workgroup Member Query", () => LrSampleRequests.WorkgroupMembers(), LrInteractions.WorkgroupMemberQuery.Action),
        Reliable("LR Request Create", LrSampleRequests.Create, LrInteractions.RequestCreateLr),
        Reliable("LR Request Status Change", LrSampleRequests.StatusChange, LrInteractions.RequestStatusChange),
        Reliable("SDS Add User to Workgroup", LrSampleRequests.AddToWorkgroup, LrInteractions.AddUserToWorkgroup),
        Reliable("SDS Remove User from Workgroup", LrSampleRequests.RemoveFromWorkgroup, LrInteractions.RemoveUserFromWorkgroup),
    ];

    private static FuzzSeed Sync(string name, Func<XDocument> request, string soapAction) =>
        new(name, _ => new BadRequest("/sync-service", TextXml, soapAction, SoapEnvelope.ToBytes(request())));

    // Each case gets its own MessageId from its random source, so duplicate elimination never stands between a mutation and the handlers.
    private static FuzzSeed Reliable(string name, Func<XDocument> payload, AsyncInteraction interaction) => new(name, random =>
    {
        var header = new EbxmlHeader(new EbxmlParty(EbxmlClient.ClientPartyKey), new EbxmlParty(SampleEbxml.SpinePartyKey), "S200000000101",
            SampleEbxml.ConversationId, interaction.Service, interaction.InteractionId, MessageId(random), SampleEbxml.Timestamp).WithPattern(EbxmlPattern.Reliable);
        var wire = EbxmlWriter.Write(new EbxmlMessage(header, payload()));
        return new BadRequest("/reliablemessaging/reliablerequest", wire.ContentType, wire.SoapAction, wire.Body.ToArray());
    });

    private static string MessageId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString().ToUpperInvariant();
    }
}
