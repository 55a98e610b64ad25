using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Defects;

/// <summary>ReferenceSut:Defects: known ids are switched on, an unknown one stops the SUT naming the setting and the valid ids.</summary>
public sealed class DefectOptionsTests
{
    [Test]
    public void Validate_AnUnknownDefect_FailsNamingTheSettingAndEveryValidId()
    {
        var options = new ReferenceSutOptions { SpineBaseUrl = "http://127.0.0.1:5000", Defects = ["T02-WSA-TO-MISSING", "T99-NO-SUCH-DEFECT"] };

        var result = new ReferenceSutOptionsValidator().Validate(null, options);

        Assert.That(result.Failures, Has.Exactly(1).Items);
        var failure = result.Failures!.Single();
        Assert.That(failure, Does.StartWith("ReferenceSut:Defects: 'T99-NO-SUCH-DEFECT' is not a defect of the reference SUT. The valid ids are: "));
        Assert.That(DefectCatalogue.All.Select(d => d.Id), Has.All.Matches<string>(failure.Contains));
    }

    [Test]
    public void StartAsync_AnUnknownDefect_StopsTheSut()
    {
        var options = new ReferenceSutOptions { SpineBaseUrl = ClosedPort.LoopbackUrl(), Defects = ["W99-NOT-A-DEFECT"] };

        var failure = Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var host = await ReferenceSutHost.StartAsync(options);
        });

        Assert.That(failure!.Message, Does.Contain("ReferenceSut:Defects: 'W99-NOT-A-DEFECT'"));
    }

    [Test]
    public async Task StartAsync_KnownDefects_AreSwitchedOnThroughConfiguration()
    {
        var options = new ReferenceSutOptions { SpineBaseUrl = ClosedPort.LoopbackUrl(), Defects = ["B04-NO-RBAC-BEFORE-SET", "t02-wsa-to-missing"] };

        await using var host = await ReferenceSutHost.StartAsync(options);

        var switches = host.Services.GetRequiredService<IOptions<ReferenceSutOptions>>().Value.SwitchedOnDefects();
        Assert.That(switches.On, Is.EqualTo(new[] { DefectCatalogue.WsaToMissing, DefectCatalogue.NoRbacBeforeSet }));
    }

    [Test]
    public void Defaults_SwitchNothingOn() =>
        Assert.That(new ReferenceSutOptions().SwitchedOnDefects().On, Is.Empty);
}
