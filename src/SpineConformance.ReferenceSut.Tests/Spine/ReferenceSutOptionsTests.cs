using Microsoft.Extensions.Options;
using SpineConformance.ReferenceSut.Rbac;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Spine;

public sealed class ReferenceSutOptionsTests
{
    [Test]
    public void StartAsync_NoSpineBaseUrl_FailsNamingTheSetting()
    {
        var failure = Assert.ThrowsAsync<OptionsValidationException>(() => StartAndStopAsync(new ReferenceSutOptions()));

        Assert.That(failure!.Message, Does.Contain("ReferenceSut:SpineBaseUrl is required"));
    }

    [Test]
    public void StartAsync_SenderAsidTooShort_FailsNamingTheSetting()
    {
        var options = new ReferenceSutOptions { SpineBaseUrl = ClosedPort.LoopbackUrl(), SenderAsid = "12345" };

        var failure = Assert.ThrowsAsync<OptionsValidationException>(() => StartAndStopAsync(options));

        Assert.That(failure!.Message, Does.Contain("ReferenceSut:SenderAsid: An ASID '12345' must have 12 digits"));
    }

    [Test]
    public void Validate_SeveralBadSettings_ReportsEveryOne()
    {
        var options = new ReferenceSutOptions
        {
            SpineBaseUrl = "not a url",
            SyncPath = "sync-service",
            SpineAsid = "ABC",
            SpineTimeout = TimeSpan.Zero,
            User = new LoggedInUserOptions { RoleProfileId = "1", UserId = "", JobRole = "Doctor", Name = " " },
        };

        var result = new ReferenceSutOptionsValidator().Validate(null, options);

        Assert.That(result.Failures, Is.EquivalentTo(new[]
        {
            "ReferenceSut:SpineBaseUrl must be an absolute http or https address such as http://127.0.0.1:5000; 'not a url' is not.",
            "ReferenceSut:SyncPath must be a path starting with '/', such as /sync-service; 'sync-service' is not.",
            "ReferenceSut:SpineAsid: An ASID 'ABC' must contain only digits.",
            "ReferenceSut:SpineTimeout must be more than zero and at most 00:10:00; it is 00:00:00.",
            "ReferenceSut:User:RoleProfileId: An SDS role profile id '1' must have 12 digits; it has 1.",
            "ReferenceSut:User:UserId: An SDS user id is required but the value was empty.",
            "ReferenceSut:User:JobRole: A job role code is an RBAC 'R' code such as 'R8000' (optionally after S…:G… segments); 'Doctor' is not.",
            "ReferenceSut:User:Name is required: it is the name shown to the logged-in user.",
        }));
    }

    [Test]
    public void Validate_RbacListsWithBadJobRoles_NamesEachSettingAndCode()
    {
        var options = new ReferenceSutOptions { SpineBaseUrl = "http://127.0.0.1:5000" };
        options.Rbac.JobRolesThatMayView = "R8000, Doctor";
        options.Rbac.JobRolesThatMayChange = "8000";

        var result = new ReferenceSutOptionsValidator().Validate(null, options);

        Assert.That(result.Failures, Is.EquivalentTo(new[]
        {
            "ReferenceSut:Rbac:JobRolesThatMayView: A job role code is an RBAC 'R' code such as 'R8000' (optionally after S…:G… segments); 'Doctor' is not. List job roles separated by commas, such as R8000,R0260.",
            "ReferenceSut:Rbac:JobRolesThatMayChange: A job role code is an RBAC 'R' code such as 'R8000' (optionally after S…:G… segments); '8000' is not. List job roles separated by commas, such as R8000,R0260.",
        }));
    }

    [Test]
    public void Rbac_Defaults_AreTheDocumentedJobRoles()
    {
        var rbac = new ReferenceSutOptions().Rbac;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rbac.JobRolesThatMay(PermissionsAccess.View), Is.EqualTo(new[] { "R8000", "R8003", "R0260" }));
            Assert.That(rbac.JobRolesThatMay(PermissionsAccess.Change), Is.EqualTo(new[] { "R8000", "R0260" }));
        }
    }

    [Test]
    public void Validate_DefaultsWithSpineBaseUrl_Succeeds()
    {
        var result = new ReferenceSutOptionsValidator().Validate(null, new ReferenceSutOptions { SpineBaseUrl = "http://127.0.0.1:5000" });

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [TestCase("http://127.0.0.1:5000", "/sync-service", "http://127.0.0.1:5000/sync-service")]
    [TestCase("http://127.0.0.1:5000/", "/sync-service", "http://127.0.0.1:5000/sync-service")]
    [TestCase("https://spine.example/base/", "/syncservice-lrs/acf", "https://spine.example/base/syncservice-lrs/acf")]
    public void SyncEndpoint_BaseUrlWithOrWithoutSlash_JoinsWithOneSlash(string baseUrl, string syncPath, string expected)
    {
        var options = new ReferenceSutOptions { SpineBaseUrl = baseUrl, SyncPath = syncPath };

        Assert.That(options.SyncEndpoint().ToString(), Is.EqualTo(expected));
    }

    private static async Task StartAndStopAsync(ReferenceSutOptions options)
    {
        await using var host = await ReferenceSutHost.StartAsync(options);
    }
}
