namespace SpineConformance.Drivers.Settings;

/// <summary>The identities and RBAC policy a supplier configures: read from settings, defaulting to the reference SUT's, and checked to fit together.</summary>
[TestFixture]
public sealed class IdentitySettingsTests
{
    private static readonly string Root = Path.GetTempPath();

    [Test]
    public void EveryIdentitySetting_FlowsIntoTheRunsIdentities()
    {
        var (settings, problems) = SuiteSettings.Read(Values(new()
        {
            ["RoleProfileId"] = "555000000001", ["UserId"] = "555000000002", ["JobRole"] = "R8001",
            ["CpaIds"] = "S918999198738, S918999198739", ["OrganisationCode"] = "X26AB", ["OrganisationName"] = "Riverside Surgery",
            ["WorkgroupId"] = "555000000100", ["WorkgroupName"] = "Riverside Clinical Team",
            ["SecondRoleProfileId"] = "555000000011", ["SecondUserId"] = "555000000012", ["SecondJobRole"] = "R8002",
            ["RestrictedRoleProfileId"] = "555000000021", ["RestrictedUserId"] = "555000000022", ["RestrictedJobRole"] = "R9999",
            ["RbacViewJobRoles"] = "R8001,R8002,R8004", ["RbacSetJobRoles"] = "R8001,R8002", ["RbacLrJobRoles"] = "R8001", ["RbacWorkgroupAdminJobRoles"] = "R8001",
        }), Root);
        var identities = settings.Identities;

        Assert.That(problems, Is.Empty);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(identities.Clinician, Is.EqualTo(new SutUser("555000000001", "555000000002", "R8001")));
            Assert.That(identities.CpaIds, Is.EqualTo(new[] { "S918999198738", "S918999198739" }));
            Assert.That((identities.OrganisationCode, identities.OrganisationName), Is.EqualTo(("X26AB", "Riverside Surgery")));
            Assert.That((identities.WorkgroupId, identities.WorkgroupName), Is.EqualTo(("555000000100", "Riverside Clinical Team")));
            Assert.That(identities.SecondClinician, Is.EqualTo(new SutUser("555000000011", "555000000012", "R8002")));
            Assert.That(identities.RestrictedUser, Is.EqualTo(new SutUser("555000000021", "555000000022", "R9999")));
            Assert.That(identities.Rbac.ViewButNotSet(), Is.EqualTo("R8004"));
            Assert.That(settings.Describe()["Rbac"], Is.EqualTo("view R8001,R8002,R8004; set R8001,R8002; LRs R8001; workgroups R8001"));
        }
    }

    [Test]
    public void NothingSet_AssumesTheReferenceSutsPolicy()
    {
        var rbac = SuiteSettings.Read(_ => null, Root).Settings.Identities.Rbac;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rbac.View, Is.EqualTo(new[] { "R8000", "R8003", "R0260" }));
            Assert.That(rbac.Set, Is.EqualTo(new[] { "R8000", "R0260" }));
            Assert.That(rbac.Lr, Is.EqualTo(new[] { "R8000", "R8003", "R0260" }));
            Assert.That(rbac.WorkgroupAdmin, Is.EqualTo(new[] { "R8000", "R8008" }));
            Assert.That(rbac.ViewButNotSet(), Is.EqualTo("R8003"));
        }
    }

    [Test]
    public void AColonFormJobRole_CountsAsItsRCode() =>
        Assert.That(RbacPolicy.ReferenceSut.MaySet("S0080:G0450:R8000"), Is.True);

    [TestCase("OrganisationCode", "a12345", "OrganisationCode: 'a12345': an ODS code")]
    [TestCase("WorkgroupId", "Ward 7", "WorkgroupId: 'Ward 7': a workgroup id")]
    [TestCase("CpaIds", "S200000000101,bad id", "CpaIds: 'bad id': a CPA id")]
    [TestCase("SecondUserId", "12", "SecondUserId: '12':")]
    [TestCase("RbacSetJobRoles", "R8000,Doctor", "RbacSetJobRoles: 'Doctor': A job role code")]
    public void AWrongIdentityValue_IsNamedWithWhatItShouldBe(string setting, string value, string expected)
    {
        var (_, problems) = SuiteSettings.Read(Values(new() { [setting] = value }), Root);

        Assert.That(problems, Has.Some.StartsWith(expected));
    }

    [Test]
    public void AClinicianThePolicyDoesNotAllow_IsNamedWithTheListToChange()
    {
        var (_, problems) = SuiteSettings.Read(Values(new() { ["JobRole"] = "R8003" }), Root);

        Assert.That(problems, Is.EqualTo(new[]
        {
            "JobRole: the logged-in clinician (R8003) must be allowed to record sharing decisions, but RbacSetJobRoles does not list it. Add it, or log in as a user whose job role is listed.",
            "JobRole: the logged-in clinician (R8003) must be allowed to administer the workgroup, but RbacWorkgroupAdminJobRoles does not list it. Add it, or log in as a user whose job role is listed.",
        }));
    }

    [Test]
    public void ARestrictedUserThePolicyAllows_IsRefused()
    {
        var (_, problems) = SuiteSettings.Read(Values(new() { ["RestrictedJobRole"] = "R8003" }), Root);

        Assert.That(problems.Single(), Does.StartWith("RestrictedJobRole: the restricted user's job role (R8003) must be allowed neither"));
    }

    [Test]
    public void TheSameUserInTwoRoles_IsRefused()
    {
        var (_, problems) = SuiteSettings.Read(Values(new() { ["SecondUserId"] = "100000000002" }), Root);

        Assert.That(problems.Single(), Does.StartWith("SecondUserId, SecondRoleProfileId: the clinician and the second clinician must be different people"));
    }

    [TestCase("SecondUserId", "SPINE_SECOND_USER_ID")]
    [TestCase("RestrictedJobRole", "SPINE_RESTRICTED_JOB_ROLE")]
    [TestCase("RbacWorkgroupAdminJobRoles", "SPINE_RBAC_WORKGROUP_ADMIN_JOB_ROLES")]
    [TestCase("CpaIds", "SPINE_CPA_IDS")]
    [TestCase("SutForms", "SPINE_SUT_FORMS")]
    public void EachNewSetting_HasAnEnvironmentVariable(string setting, string variable) =>
        Assert.That(SuiteSettings.EnvironmentVariable(setting), Is.EqualTo(variable));

    [Test]
    public void SutFormsAll_SwitchesOnEveryForm_AndAnUnknownNameIsNamed()
    {
        var (all, none) = SuiteSettings.Read(Values(new() { ["SutForms"] = "all" }), Root);
        var (_, problems) = SuiteSettings.Read(Values(new() { ["SutForms"] = "SoapActionQuoted,Quoted" }), Root);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(none, Is.Empty);
            Assert.That(all.SutForms, Is.EqualTo(ReferenceSut.Forms.FormCatalogue.All.Select(f => f.Id)));
            Assert.That(problems.Single(), Does.StartWith("SutForms: 'Quoted' is not a form the reference SUT can send. The valid names are: SoapActionQuoted,"));
        }
    }

    [Test]
    public void SutForms_ForASystemYouRunYourself_IsRefused()
    {
        var (_, problems) = SuiteSettings.Read(Values(new()
        {
            ["SutDriver"] = "TestHook", ["SutBaseUrl"] = "http://127.0.0.1:5100", ["SimulatorUrl"] = "http://127.0.0.1:5000", ["SutForms"] = "all",
        }), Root);

        Assert.That(problems.Single(), Does.StartWith("SutForms: only the reference SUT the suite starts itself can be switched to other forms"));
    }

    private static Func<string, string?> Values(Dictionary<string, string> values) => name => values.GetValueOrDefault(name);
}
