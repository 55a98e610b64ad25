using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.FaultInjection;

/// <summary>
/// A fault rule's subject: what a request is about, so a rule picks out one SDS message (which names no patient) among
/// others of the same interaction, as it picks out one patient's message by NHS number.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class FaultSubjectTests
{
    private const string MemberUser = "100000000012";
    private const string OtherUser = "100000000002";

    private static IEnumerable<TestCaseData> MessagesAndSubjects()
    {
        yield return new TestCaseData(LrInteractions.AddUserToWorkgroupRequestId,
            new XDocument(LrMessages.AddUserToWorkgroupRequest(LrSampleRequests.AsyncContext(),
                WorkgroupMembershipRequest.Add(LrAgent.Person.Of("100000000011", MemberUser), "WG0000000001", "100000000001", false))),
            new[] { MemberUser }).SetName("Add User to Workgroup: the member's SDS user id");
        yield return new TestCaseData(LrInteractions.RemoveUserFromWorkgroupRequestId,
            new XDocument(LrMessages.RemoveUserFromWorkgroupRequest(LrSampleRequests.AsyncContext(),
                WorkgroupMembershipRequest.Remove(LrAgent.Person.Of("100000000011", MemberUser), "WG0000000001", "100000000001", false))),
            new[] { MemberUser }).SetName("Remove User from Workgroup: the member's SDS user id");
        yield return new TestCaseData(LrInteractions.IdentifyUserRoleProfilesQueryId,
            LrMessages.IdentifyUserRoleProfilesQuery(SampleRequests.Outgoing(), UserRoleProfilesQuery.For(MemberUser)),
            new[] { MemberUser }).SetName("Identify User Role Profiles: the queried user id");
        yield return new TestCaseData(LrInteractions.WorkgroupMemberQueryId,
            LrMessages.WorkgroupMemberQuery(SampleRequests.Outgoing(), WorkgroupMemberQuery.For("WG0000000001", "WG0000000002")),
            new[] { "WG0000000001", "WG0000000002" }).SetName("Workgroup Member Query: every workgroup id asked about");
        yield return new TestCaseData(LrInteractions.RequestCreateLrId, LrSampleRequests.Create(), new[] { LrSampleRequests.NhsNumber })
            .SetName("Create LR: the NHS number, as for every patient message");
    }

    [TestCaseSource(nameof(MessagesAndSubjects))]
    public void TheSubject_IsTheIdTheMessageIsAbout(string interactionId, XDocument message, string[] subjects)
    {
        var controlActEvent = message.Descendants().First(e => e.Name.LocalName == "ControlActEvent");
        var nhsNumber = interactionId == LrInteractions.RequestCreateLrId ? LrSampleRequests.NhsNumber : null;

        Assert.That(FaultSubjects.Of(interactionId, controlActEvent, nhsNumber), Is.EqualTo(subjects));
    }

    [Test]
    public void ARuleWithASubject_MatchesOnlyTheRequestAboutIt()
    {
        var rule = new FaultRule { Kind = FaultKind.MessageError, Interaction = LrInteractions.AddUserToWorkgroupRequestId, Subject = MemberUser };

        Assert.That(rule.Matches(new FaultRequest(LrInteractions.AddUserToWorkgroupRequestId, null, null, null) { Subjects = [MemberUser] }), Is.True);
        Assert.That(rule.Matches(new FaultRequest(LrInteractions.AddUserToWorkgroupRequestId, null, null, null) { Subjects = [OtherUser] }), Is.False,
            "another member added at the same time is not faulted");
        Assert.That(rule.Matches(new FaultRequest(LrInteractions.AddUserToWorkgroupRequestId, null, null, null)), Is.False, "a message about nothing");
        Assert.That(rule.ToString(), Does.Contain("subject " + MemberUser), "the journal's outcome names what the rule matched on");
    }

    [Test]
    public void ForAPatientMessage_TheSubjectIsTheNhsNumber()
    {
        var rule = new FaultRule { Kind = FaultKind.SoapFault, Subject = "9434765919" };

        Assert.That(rule.Matches(new FaultRequest("GET_RESOURCE_PERMISSIONS_INUK01", "9434765919", null, null)), Is.True);
        Assert.That(rule.Matches(new FaultRequest("GET_RESOURCE_PERMISSIONS_INUK01", "9434765870", null, null)), Is.False);
    }

    [Test]
    public async Task ASyncQuery_AboutTheRulesSubject_GetsTheSoapFault_AndOneAboutAnotherUserIsAnswered()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule
        {
            Kind = FaultKind.SoapFault, Interaction = LrInteractions.IdentifyUserRoleProfilesQueryId, Subject = MemberUser, Code = "300",
        }, CancellationToken.None);
        using var client = new SimulatorClient(host.BaseAddress);
        var action = LrInteractions.IdentifyUserRoleProfiles.Action;

        var (faulted, faultBody, _) = await client.PostAsync(LrMessages.IdentifyUserRoleProfilesQuery(SampleRequests.Outgoing(), UserRoleProfilesQuery.For(MemberUser)), action);
        var (answered, body, text) = await client.PostAsync(LrMessages.IdentifyUserRoleProfilesQuery(SampleRequests.Outgoing(), UserRoleProfilesQuery.For(OtherUser)), action);

        Assert.That(faulted, Is.EqualTo(500));
        Assert.That(SoapFault.Read(faultBody)?.Errors.Single().ErrorCode, Is.EqualTo("300"));
        Assert.That(answered, Is.EqualTo(200), text);
        Assert.That(LrResponseReader.Read(body), Is.InstanceOf<LrResponse.Succeeded<URPIDResponse>>());
    }

    [Test]
    public async Task AnAddToWorkgroup_OfTheRulesMember_GetsTheMessageError_AndAnotherMemberIsAcknowledged()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule
        {
            Kind = FaultKind.MessageError, Interaction = LrInteractions.AddUserToWorkgroupRequestId, Subject = MemberUser, Code = "DeliveryFailure",
        }, CancellationToken.None);

        var (_, faulted) = await EbxmlClient.PostAsync(host, AddToWorkgroup(MemberUser));
        var (status, acknowledged) = await EbxmlClient.PostAsync(host, AddToWorkgroup(OtherUser));

        Assert.That(EbxmlSignalReader.Read("text/xml", faulted).MessageError, Is.Not.Null, "the rule's member gets the MessageError");
        Assert.That(status, Is.EqualTo(202));
        Assert.That(EbxmlSignalReader.Read("text/xml", acknowledged).Acknowledgment, Is.Not.Null, "another member's request is accepted");
    }

    private static EbxmlMessage AddToWorkgroup(string memberUserId)
    {
        var interaction = LrInteractions.AddUserToWorkgroup;
        var message = EbxmlClient.Wrap(LrMessages.AddUserToWorkgroupRequest(EbxmlClient.Context(),
            WorkgroupMembershipRequest.Add(LrAgent.Person.Of("100000000011", memberUserId), "WG0000000001", "100000000001", false)), interaction.InteractionId);
        return message with { Header = message.Header with { Service = interaction.Service } };
    }
}
