using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Testing;

namespace SpineConformance.Hl7.Tests.Lr;

public sealed partial class LrRequestReaderTests
{
    [Test]
    public void ReadBatchConfirmation_Sample_ReadsEachPatientAsAnNhsNumber()
    {
        var batch = LrRequestReader.ReadBatchConfirmation(Sync(LrSampleRequests.Batch())).Value;

        Assert.Multiple(() =>
        {
            Assert.That(batch.Patients.Select(p => p.NhsNumber.Value),
                Is.EqualTo(new[] { NhsNumber.From(LrSampleRequests.NhsNumber), NhsNumber.From(LrSampleRequests.SecondNhsNumber) }));
            Assert.That(batch.RoleProfileId, Is.EqualTo("100000000011"));
            Assert.That(batch.Workgroups, Is.Empty);
        });
    }

    [Test]
    public void ReadBatchConfirmation_OnePatientNotAnNhsNumber_KeepsItAsSentWithWhyAndReadsTheOthers()
    {
        var sent = BatchConfirmationQuery.For(LrSampleRequests.Parameters(LrSampleRequests.Workgroup), LrSampleRequests.NhsNumber, "12345");

        var batch = LrRequestReader.ReadBatchConfirmation(Sync(LrMessages.QueryBatchConfirmation(SampleRequests.Outgoing(), sent))).Value;

        Assert.Multiple(() =>
        {
            Assert.That(batch.Patients[0].NhsNumber.Success, Is.True);
            Assert.That(batch.Patients[1].Sent.Extension, Is.EqualTo("12345"));
            Assert.That(batch.Patients[1].NhsNumber.Error, Does.Contain("'12345' has 5 characters"));
            Assert.That(batch.Workgroups, Is.EqualTo(new[] { WorkgroupId.From(LrSampleRequests.Workgroup) }));
        });
    }

    [Test]
    public void ReadBatchConfirmation_WorkgroupLongerThanSpineAllows_IsLeftOutAsNamingNone()
    {
        var sent = BatchConfirmationQuery.For(LrSampleRequests.Parameters(LrSampleRequests.Workgroup, "WG00000000001"), LrSampleRequests.NhsNumber);

        var batch = LrRequestReader.ReadBatchConfirmation(Sync(LrMessages.QueryBatchConfirmation(SampleRequests.Outgoing(), sent))).Value;

        Assert.That(batch.Workgroups.Select(w => w.Value), Is.EqualTo(new[] { LrSampleRequests.Workgroup }));
    }

    [Test]
    public void ReadBatchConfirmation_NoQuery_SaysTheBatchNamesNoPatient()
    {
        Assert.That(LrRequestReader.ReadBatchConfirmation(Sync(SampleRequests.Get())).Error, Is.EqualTo("The batch names no patient."));
    }

    [Test]
    public void ReadUserRoleProfiles_WithFilters_ReadsTheUserAndRoleProfileTyped()
    {
        var sent = UserRoleProfilesQuery.For("100000000012") with
        {
            OrganizationCode = new Hl7Id(LrIdentifiers.OdsOrganisationRoot, "RX1"),
            RoleProfileId = LrIdentifiers.RoleProfile("100000000011"),
        };

        var query = LrRequestReader.ReadUserRoleProfiles(Sync(LrMessages.IdentifyUserRoleProfilesQuery(SampleRequests.Outgoing(), sent))).Value;

        Assert.Multiple(() =>
        {
            Assert.That(query.User, Is.EqualTo(SdsUserId.From("100000000012")));
            Assert.That(query.OrganisationCode, Is.EqualTo("RX1"));
            Assert.That(query.RoleProfile, Is.EqualTo(SdsRoleProfileId.From("100000000011")));
        });
    }

    [Test]
    public void ReadUserRoleProfiles_NoFilters_HasNone()
    {
        var query = LrRequestReader.ReadUserRoleProfiles(Sync(LrSampleRequests.UserRoleProfiles())).Value;

        Assert.Multiple(() =>
        {
            Assert.That(query.OrganisationCode, Is.Null);
            Assert.That(query.RoleProfile, Is.Null);
        });
    }

    [Test]
    public void ReadUserRoleProfiles_UserIdNotTwelveDigits_SaysWhy()
    {
        var sent = UserRoleProfilesQuery.For("U1");

        var read = LrRequestReader.ReadUserRoleProfiles(Sync(LrMessages.IdentifyUserRoleProfilesQuery(SampleRequests.Outgoing(), sent)));

        Assert.That(read.Error, Is.EqualTo("The query's userID: An SDS user id 'U1' must contain only digits."));
    }

    [Test]
    public void ReadWorkgroupMembers_Sample_ReadsEveryWorkgroupTyped()
    {
        var query = LrRequestReader.ReadWorkgroupMembers(Sync(LrSampleRequests.WorkgroupMembers())).Value;

        Assert.That(query.Workgroups, Is.EqualTo(new[] { WorkgroupId.From(LrSampleRequests.Workgroup), WorkgroupId.From("WG0000000002") }));
    }

    [Test]
    public void ReadWorkgroupMembers_AnotherQuery_SaysThereIsNone()
    {
        Assert.That(LrRequestReader.ReadWorkgroupMembers(Sync(SampleRequests.Get())).Error, Is.EqualTo("The request carries no workgroup member query."));
    }

    [Test]
    public void ReadMembershipChange_AddSample_ReadsTheMemberWorkgroupAndAdministratorTyped()
    {
        var change = LrRequestReader.ReadMembershipChange(Async(LrSampleRequests.AddToWorkgroup(), LrInteractions.AddUserToWorkgroupRequestId)).Value;

        Assert.That(change, Is.EqualTo(new LrMembershipChange(SdsRoleProfileId.From("100000000011"), WorkgroupId.From(LrSampleRequests.Workgroup),
            SdsRoleProfileId.From(LrSampleRequests.WgmaRoleProfileId), IdentifiedWorkgroupsOnly: true)));
    }

    [Test]
    public void ReadMembershipChange_RemoveSample_AdministersAnyWorkgroup()
    {
        var change = LrRequestReader.ReadMembershipChange(Async(LrSampleRequests.RemoveFromWorkgroup(), LrInteractions.RemoveUserFromWorkgroupRequestId)).Value;

        Assert.That(change.IdentifiedWorkgroupsOnly, Is.False);
    }

    [Test]
    public void ReadMembershipChange_MemberRoleProfileNotAnSdsId_SaysWhichAndWhy()
    {
        var sent = WorkgroupMembershipRequest.Add(LrAgent.Person.Of("R1", "100000000012"), LrSampleRequests.Workgroup, LrSampleRequests.WgmaRoleProfileId, identifiedWorkgroupsOnly: true);
        var document = new System.Xml.Linq.XDocument(LrMessages.AddUserToWorkgroupRequest(LrSampleRequests.AsyncContext(), sent));

        var read = LrRequestReader.ReadMembershipChange(Async(document, LrInteractions.AddUserToWorkgroupRequestId));

        Assert.That(read.Error, Is.EqualTo("The member's role profile (subject/agentPersonSDS/id): An SDS role profile id 'R1' must contain only digits."));
    }

    [Test]
    public void ReadMembershipChange_AnotherInteractionsPayload_SaysThereIsNoMembershipRequest()
    {
        var read = LrRequestReader.ReadMembershipChange(Async(LrSampleRequests.StatusChange(), LrInteractions.RequestStatusChangeId));

        Assert.That(read.Error, Is.EqualTo("The request carries no AddToWorkgroupRequest or RemoveFromWorkgroupRequest."));
    }
}
