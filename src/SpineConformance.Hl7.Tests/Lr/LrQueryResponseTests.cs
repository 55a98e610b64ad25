using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Lr;

public sealed class LrQueryResponseTests
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    [TestCase(true)]
    [TestCase(false)]
    public void ConfirmShort_RoundTrip_KeepsTheAnswer(bool exists)
    {
        var read = Succeeded<LRExists>(LrMessages.ConfirmShort(SampleRequests.ResponseContext(), LRExists.Of(exists)), "QUPC_IN030000UK14");

        Assert.That(read.Exists, Is.EqualTo(exists));
    }

    [Test]
    public void ConfirmHistory_RoundTrip_KeepsEveryField()
    {
        var sent = ConfirmHistory.Of(activeExists: false, statusCode: "03", since: "20260301120000");

        var read = Succeeded<ConfirmHistory>(LrMessages.ConfirmHistory(SampleRequests.ResponseContext(), sent), "QUPC_IN040000UK30");

        Assert.That(read, Is.EqualTo(sent));
    }

    [Test]
    public void DetailsSimple_RoundTrip_KeepsEveryField()
    {
        var sent = LrSamples.SimpleList();

        var read = Succeeded<SimpleLRList>(LrMessages.DetailsSimple(SampleRequests.ResponseContext(), sent), "QUPC_IN060000UK32");

        Assert.Multiple(() =>
        {
            Assert.That(read.Details, Is.EqualTo(sent.Details));
            Assert.That(read.Patient, Is.EqualTo(sent.Patient));
        });
    }

    [Test]
    public void DetailsComplete_RoundTrip_KeepsEveryField()
    {
        var sent = LrSamples.CompleteList();

        var read = Succeeded<CompleteLRList>(LrMessages.DetailsComplete(SampleRequests.ResponseContext(), sent), "QUPC_IN070000UK32");

        Assert.Multiple(() =>
        {
            Assert.That(read.Details, Is.EqualTo(sent.Details));
            Assert.That(read.Details[0].StatusChange!.ReasonCode.Code, Is.EqualTo("07"));
        });
    }

    [Test]
    public void BatchResponse_RoundTrip_KeepsEveryComponent()
    {
        var sent = LrSamples.BatchAnswer();

        var read = Succeeded<ConfirmationList>(LrMessages.BatchResponse(SampleRequests.ResponseContext(), sent), "QUPC_IN250000UK02");

        Assert.That(read.Components, Is.EqualTo(sent.Components));
    }

    [Test]
    public void UserRoleProfilesResponse_RoundTrip_KeepsEveryField()
    {
        var sent = LrSamples.UrpAnswer();

        var read = Succeeded<URPIDResponse>(LrMessages.UserRoleProfilesResponse(SampleRequests.ResponseContext(), sent), "QUPC_IN010103UK01");

        Assert.Multiple(() =>
        {
            Assert.That(read.UserId, Is.EqualTo(sent.UserId));
            Assert.That(read.RoleProfiles.Select(p => (p.Id, p.OrganizationId, p.OrganizationName, p.JobRole)),
                Is.EqualTo(sent.RoleProfiles.Select(p => (p.Id, p.OrganizationId, p.OrganizationName, p.JobRole))));
            Assert.That(read.RoleProfiles[0].Workgroups, Is.EqualTo(sent.RoleProfiles[0].Workgroups));
            Assert.That(read.RoleProfiles[1].Workgroups, Is.Empty);
        });
    }

    [Test]
    public void WorkgroupMemberResponse_RoundTrip_KeepsEveryWorkgroup()
    {
        var sent = LrSamples.Members();

        var read = Succeeded<WorkgroupMemberQueryResponse>(LrMessages.WorkgroupMemberResponse(SampleRequests.ResponseContext(), sent), "REPC_IN130007UK01");

        Assert.That(read.Workgroups, Is.EqualTo(sent.Workgroups));
    }

    [Test]
    public void ConfirmShort_Wire_MatchesSpineShape()
    {
        var message = SyncMessage.From(LrMessages.ConfirmShort(SampleRequests.ResponseContext(), LRExists.Of(true)))!;
        var controlAct = message.ControlActEvent!;

        Assert.Multiple(() =>
        {
            Assert.That(message.BodyRoot!.Name, Is.EqualTo(V3 + "queryConfirmationResponse"));
            Assert.That(message.Interaction!.Name.LocalName, Is.EqualTo("QUPC_IN030000UK14"));
            Assert.That(message.Action, Is.EqualTo("urn:nhs:names:services:lrsquery/QUPC_IN030000UK14"));
            Assert.That(message.RelatesTo, Is.EqualTo(SampleRequests.Outgoing().WsaMessageId));
            Assert.That(message.FromAddress, Is.EqualTo("https://lrsquery.national.ncrs.nhs.uk/syncservice"));
            Assert.That(message.Interaction.Element(V3 + "acknowledgement")!.Attribute("typeCode")!.Value, Is.EqualTo("AA"));
            Assert.That(message.Interaction.Descendants(V3 + "messageRef").Single().Element(V3 + "id")!.Attribute("root")!.Value,
                Is.EqualTo(SampleRequests.Outgoing().Hl7MessageId));
            Assert.That(controlAct.Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "author1", "subject", "queryAck" }));
            Assert.That(controlAct.Element(V3 + "subject")!.Element(V3 + "LRExists"), Is.Not.Null);
            Assert.That(controlAct.Descendants(V3 + "queryResponseCode").Single().Attribute("code")!.Value, Is.EqualTo("OK"));
        });
    }

    [Test]
    public void QueryResponse_WithWarning_CarriesItAsReason()
    {
        var warning = LrMessages.LrIssue("10", "Patient has dissented", "WG");
        var document = LrMessages.DetailsSimple(SampleRequests.ResponseContext(), LrSamples.SimpleList(), [warning]);

        var read = (LrResponse.Succeeded<SimpleLRList>)LrResponseReader.Read(LrSamples.Reparse(document));

        Assert.That(read.Warnings, Is.EqualTo(new[] { warning }));
    }

    [Test]
    public void DetailsComplete_Wire_UsesDetailsWrapperAndCompleteInteraction()
    {
        var message = SyncMessage.From(LrMessages.DetailsComplete(SampleRequests.ResponseContext(), LrSamples.CompleteList()))!;

        Assert.Multiple(() =>
        {
            Assert.That(message.BodyRoot!.Name.LocalName, Is.EqualTo("queryDetailsResponse"));
            Assert.That(message.InteractionId, Is.EqualTo("QUPC_IN070000UK32"));
            Assert.That(message.Interaction!.Descendants(V3 + "completeDetails").First().Element(V3 + "effectiveTime")!.Elements().Select(e => e.Name.LocalName),
                Is.EqualTo(new[] { "low", "high" }));
        });
    }

    private static T Succeeded<T>(XDocument document, string interactionId)
        where T : notnull
    {
        var read = LrResponseReader.Read(SoapEnvelope.ToBytes(document));
        Assert.That(read, Is.TypeOf<LrResponse.Succeeded<T>>(), () => read.ToString());
        var success = (LrResponse.Succeeded<T>)read;
        Assert.That(success.InteractionId, Is.EqualTo(interactionId));
        Assert.That(success.Warnings, Is.Empty);
        return success.Payload;
    }
}
