using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Mhs;

public sealed class MhsOptionsTests
{
    [Test]
    public void Validate_SeveralBadMhsSettings_ReportsEveryOneByKey()
    {
        var options = new ReferenceSutOptions
        {
            SpineBaseUrl = "http://127.0.0.1:5000",
            Mhs = new MhsOptions { PartyKey = " ", ReliablePath = "reliable", Retries = 11, RetryInterval = TimeSpan.FromMinutes(10), PersistDuration = TimeSpan.FromMinutes(5) },
        };
        options.Rbac.JobRolesThatMayAdministerWorkgroups = "Admin";

        var result = new ReferenceSutOptionsValidator().Validate(null, options);

        Assert.That(result.Failures, Is.EquivalentTo(new[]
        {
            "ReferenceSut:Mhs:PartyKey is required.",
            "ReferenceSut:Mhs:ReliablePath must be a path starting with '/', such as /reliablemessaging/reliablerequest; 'reliable' is not.",
            "ReferenceSut:Mhs:Retries must be 0 to 10; it is 11.",
            "ReferenceSut:Mhs:RetryInterval must be more than zero and at most the persist duration (00:05:00); it is 00:10:00.",
        }.Append(result.Failures!.Single(f => f.StartsWith("ReferenceSut:Rbac:JobRolesThatMayAdministerWorkgroups:", StringComparison.Ordinal)))));
    }

    [Test]
    public async Task StartAsync_MhsSettingsFromOptions_BindThroughConfiguration()
    {
        await using var sut = await ReferenceSutHost.StartAsync(new ReferenceSutOptions
        {
            SpineBaseUrl = ClosedPort.LoopbackUrl(),
            Mhs = new MhsOptions { PartyKey = "B1-1", Retries = 0, RetryInterval = TimeSpan.FromSeconds(7) },
        });

        var mhs = sut.Services.GetRequiredService<IOptions<ReferenceSutOptions>>().Value.Mhs;
        Assert.That((mhs.PartyKey, mhs.Retries, mhs.RetryInterval), Is.EqualTo(("B1-1", 0, TimeSpan.FromSeconds(7))));
    }
}
