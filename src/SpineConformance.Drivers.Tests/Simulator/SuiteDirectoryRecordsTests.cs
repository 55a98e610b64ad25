using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Client;

namespace SpineConformance.Drivers.Tests.Simulator;

/// <summary>The SDS records the suite registers before the first scenario: a supplier's own ids, with what the directory already held kept.</summary>
[TestFixture]
public sealed class SuiteDirectoryRecordsTests
{
    private static readonly Uri Mhs = new("http://127.0.0.1:5100/mhs/inbound");

    private static readonly TestIdentities Supplier = new(Asid.From("918999198738"), Asid.From("990101234567"), SdsRoleProfileId.From("555000000001"),
        SdsUserId.From("555000000002"), JobRoleCode.From("R8001"))
    {
        PartyKey = "X26AB-0000123",
        CpaIds = ["S918999198738"],
        OrganisationCode = "X26AB",
        OrganisationName = "Riverside Surgery",
        WorkgroupId = "555000000100",
        WorkgroupName = "Riverside Clinical Team",
        SecondClinician = new SutUser("555000000011", "555000000012", "R8002"),
        RestrictedUser = new SutUser("555000000021", "555000000022", "R9999"),
    };

    [Test]
    public void ASuppliersOwnIds_AreRegisteredFromTheReferenceSystem()
    {
        var records = SuiteDirectoryRecords.From(ReferenceDirectory(), Supplier, Mhs);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((records.System.Asid, records.System.PartyKey, records.System.CpaId, records.System.OdsCode, records.System.MhsEndpoint),
                Is.EqualTo(("918999198738", "X26AB-0000123", "S918999198738", "X26AB", Mhs.ToString())));
            Assert.That(records.System.Interactions, Is.EqualTo(ReferenceDirectory().Systems[1].Interactions), "the interactions it may use come from the reference system");
            Assert.That(records.Organisation, Is.EqualTo(new Organisation("X26AB", "Riverside Surgery")));
            Assert.That(records.Users.Select(u => (u.UserId, u.RoleProfiles.Single().RoleProfileId, u.RoleProfiles.Single().JobRole, u.RoleProfiles.Single().OdsCode)),
                Is.EqualTo(new[] { ("555000000002", "555000000001", "R8001", "X26AB"), ("555000000012", "555000000011", "R8002", "X26AB"), ("555000000022", "555000000021", "R9999", "X26AB") }));
            Assert.That(records.Users[0].RoleProfiles.Single().Workgroups, Is.EqualTo(new[] { "555000000100" }), "the clinician belongs to the workgroup");
            Assert.That(records.Users[1].RoleProfiles.Single().Workgroups, Is.Empty, "the second clinician starts outside it");
            Assert.That((records.Workgroup.WorkgroupId, records.Workgroup.Name, records.Workgroup.OdsCode, records.Workgroup.Administrators.Single()),
                Is.EqualTo(("555000000100", "Riverside Clinical Team", "X26AB", "555000000001")));
        }
    }

    [Test]
    public void WhatTheDirectoryAlreadyHolds_IsKept()
    {
        var directory = ReferenceDirectory() with
        {
            Users = [new DirectoryUser
            {
                UserId = "100000000002", Name = "Dr Reference User",
                RoleProfiles =
                [
                    new RoleProfile { RoleProfileId = "100000000001", JobRole = "R8000", OdsCode = "A12345", Workgroups = ["200000000001", "200000000009"] },
                    new RoleProfile { RoleProfileId = "100000000005", JobRole = "R8008", OdsCode = "RR8" },
                ],
            }, new DirectoryUser
            {
                UserId = "100000000012", Name = "Nurse Second Clinician",
                RoleProfiles = [new RoleProfile { RoleProfileId = "100000000011", JobRole = "R0260", OdsCode = "A12345", Workgroups = ["200000000001"] }],
            }],
            Workgroups = [new Workgroup { WorkgroupId = "200000000001", Name = "Old name", OdsCode = "RR8", Administrators = ["100000000099"] }],
        };

        var records = SuiteDirectoryRecords.From(directory, TestIdentities.ReferenceSut, Mhs);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(records.Users[0].Name, Is.EqualTo("Dr Reference User"));
            Assert.That(records.Users[0].RoleProfiles.Select(p => p.RoleProfileId), Is.EquivalentTo(new[] { "100000000001", "100000000005" }), "another role profile is kept");
            Assert.That(records.Users[0].RoleProfiles.Single(p => p.RoleProfileId == "100000000001").Workgroups, Is.EquivalentTo(new[] { "200000000001", "200000000009" }));
            Assert.That(records.Users[1].RoleProfiles.Single().Workgroups, Is.Empty, "a second clinician left in the workgroup by an earlier run is taken out");
            Assert.That((records.Workgroup.Name, records.Workgroup.OdsCode), Is.EqualTo(("Ward 7 Team", "RR8")), "the settings name it; its organisation is kept");
            Assert.That(records.Workgroup.Administrators, Is.EquivalentTo(new[] { "100000000099", "100000000001" }));
        }
    }

    // A tenant's key shows only the tenant's own systems: on a shared simulator the reference system is not there to copy.
    [Test]
    public void ADirectoryShowingNoSystemToCopy_GetsANewRecordForEveryInteractionTheFeaturesUse()
    {
        var records = SuiteDirectoryRecords.From(new DirectoryData(), Supplier, Mhs);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((records.System.Asid, records.System.PartyKey, records.System.CpaId, records.System.OdsCode, records.System.MhsEndpoint),
                Is.EqualTo(("918999198738", "X26AB-0000123", "S918999198738", "X26AB", Mhs.ToString())));
            Assert.That(records.System.Interactions, Does.Contain("urn:nhs:names:services:lrsquery:GET_RESOURCE_PERMISSIONS_INUK01")
                .And.Contain("urn:nhs:names:services:lrs:REPC_IN010000UK15").And.Contain("urn:nhs:names:services:sds:REPC_IN130002UK01"));
            Assert.That(records.System.Reliability.RetryInterval, Is.EqualTo(SuiteDirectoryRecords.ReplyRetryInterval));
            Assert.That(records.Workgroup.Administrators, Is.EqualTo(new[] { "555000000001" }));
        }
    }

    private static DirectoryData ReferenceDirectory() => new()
    {
        Systems =
        [
            new AccreditedSystem { Asid = "990101234567", PartyKey = "YES-0000806" },
            new AccreditedSystem { Asid = "200000000101", PartyKey = "A12345-0000101", CpaId = "S200000000101", Interactions = ["urn:nhs:names:services:lrs:REPC_IN010000UK15"] },
        ],
    };
}
