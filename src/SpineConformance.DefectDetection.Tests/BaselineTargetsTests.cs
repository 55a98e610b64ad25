namespace SpineConformance.DefectDetection.Tests;

/// <summary>The baseline targets: the second client is described to the suite with its own identities, under the suite's names.</summary>
public sealed class BaselineTargetsTests
{
    [Test]
    public void All_NamesAreUnique_AndFindIgnoresCase()
    {
        Assert.That(BaselineTargets.All.Select(t => t.Name), Is.Unique);
        Assert.That(BaselineTargets.Find("BASELINE-SECOND-CLIENT"), Is.SameAs(BaselineTargets.SecondClient));
    }

    [Test]
    public void SecondClient_GivesTheSuiteEveryIdentitySetting_AsSpineEnvironmentVariables()
    {
        var environment = BaselineTargets.SecondClient.Environment;

        Assert.That(environment.Keys, Is.SupersetOf(new[]
        {
            "SPINE_SYSTEM_ASID", "SPINE_PARTY_KEY", "SPINE_ROLE_PROFILE_ID", "SPINE_USER_ID", "SPINE_JOB_ROLE", "SPINE_ORGANISATION_CODE",
            "SPINE_ORGANISATION_NAME", "SPINE_WORKGROUP_ID", "SPINE_WORKGROUP_NAME", "SPINE_SECOND_ROLE_PROFILE_ID", "SPINE_SECOND_USER_ID",
            "SPINE_SECOND_JOB_ROLE", "SPINE_RESTRICTED_ROLE_PROFILE_ID", "SPINE_RESTRICTED_USER_ID", "SPINE_RESTRICTED_JOB_ROLE",
        }));
        Assert.That(BaselineTargets.SecondClient.StartsSecondClient, Is.True);
    }

    [Test]
    public void SecondClient_IdentitiesAreNotTheReferenceSuts_AndTheClientIsToldTheSameOnes()
    {
        var environment = BaselineTargets.SecondClient.Environment;

        Assert.That(environment["SPINE_SYSTEM_ASID"], Is.Not.EqualTo("200000000101"));
        Assert.That(environment["SPINE_PARTY_KEY"], Is.Not.EqualTo("A12345-0000101"));
        Assert.That(environment["SPINE_ROLE_PROFILE_ID"], Is.Not.EqualTo("100000000001"));
        Assert.That(environment["SPINE_USER_ID"], Is.Not.EqualTo("100000000002"));
        Assert.That(SecondClientIdentities.ClientArguments, Does.Contain($"--SecondClient:SystemAsid={environment["SPINE_SYSTEM_ASID"]}")
            .And.Contain($"--SecondClient:PartyKey={environment["SPINE_PARTY_KEY"]}")
            .And.Contain($"--SecondClient:RoleProfileId={environment["SPINE_ROLE_PROFILE_ID"]}")
            .And.Contain($"--SecondClient:UserId={environment["SPINE_USER_ID"]}"));
    }

    [Test]
    public void ReferenceSutAllForms_SelectsEveryForm_AndNeedsTheSutFormsSetting()
    {
        Assert.That(BaselineTargets.ReferenceSutAllForms.Environment["SPINE_SUT_FORMS"], Is.EqualTo("all"));
        Assert.That(BaselineTargets.ReferenceSutAllForms.RequiresSetting, Is.EqualTo("SutForms"));
    }

    [TestCase("SecondRoleProfileId", "SPINE_SECOND_ROLE_PROFILE_ID")]
    [TestCase("SystemAsid", "SPINE_SYSTEM_ASID")]
    [TestCase("JobRole", "SPINE_JOB_ROLE")]
    public void EnvironmentVariable_FollowsTheSuitesRule(string setting, string variable) =>
        Assert.That(SecondClientIdentities.EnvironmentVariable(setting), Is.EqualTo(variable));
}
