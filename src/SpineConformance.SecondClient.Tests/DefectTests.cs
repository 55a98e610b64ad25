using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.SecondClient.Defects;
using SpineConformance.SecondClient.Tests.Support;

namespace SpineConformance.SecondClient.Tests;

/// <summary>Each of the second client's switchable defects changes what it sends or shows, and only when switched on.</summary>
public sealed class DefectTests
{
    private const string Patient = "9434765919";

    [TestCase(false, "20261206093000")]
    [TestCase(true, "20261206092900")]
    public async Task CreationTimeAtStart_AMessageAMinuteAfterStart_CarriesTheStartTime(bool defect, string expected)
    {
        var clock = new SteppedClock(new DateTimeOffset(2026, 12, 6, 9, 29, 0, TimeSpan.Zero));
        await using var client = await RunningClient.StartAsync(Switch(defect, ClientDefects.CreationTimeAtStart), s => s.AddSingleton<TimeProvider>(clock));
        clock.Advance(TimeSpan.FromMinutes(1));

        await client.PostAsync("/test-hook/acs/get-permissions", new { nhsNumber = Patient });

        var creationTime = XDocument.Parse(client.Spine.Requests.Single().Body).Descendants().First(e => e.Name.LocalName == "creationTime");
        Assert.That(creationTime.Attribute("value")!.Value, Is.EqualTo(expected));
    }

    [TestCase(false, 1)]
    [TestCase(true, 0)]
    public async Task SelfClaimWithoutAlert_ASelfClaimedLr_CarriesNoAlertRequest(bool defect, int alertRequests)
    {
        await using var client = await RunningClient.StartAsync(Switch(defect, ClientDefects.SelfClaimWithoutAlert));

        await client.PostAsync("/test-hook/lr/create", new { nhsNumber = Patient, lrType = "08", accessReason = "04", justification = "Seen in clinic", alert = true });

        var hl7 = XElement.Parse(SpineReplies.Hl7PartOf(client.Spine.Requests.Single()));
        Assert.That(hl7.Descendants().Count(e => e.Name.LocalName == "justifyingAlertRequest"), Is.EqualTo(alertRequests));
    }

    [TestCase(false, true)]
    [TestCase(true, false)]
    public async Task FirstReasonOnly_AnAeWithTwoReasons_ShowsTheSpecificOneOnlyWhenOff(bool defect, bool specificShown)
    {
        await using var client = await RunningClient.StartAsync(Switch(defect, ClientDefects.FirstReasonOnly));
        client.Spine.Answer = _ => (HttpStatusCode.OK, SpineAnswers.ApplicationError(("400", "Invalid Request"), ("35160", "NHS Number is missing or incorrect")));

        var shown = await client.PostAsync("/test-hook/acs/set-permissions", new { nhsNumber = Patient, decision = "expressDissent" });

        Assert.That(shown.GetProperty("message").GetString()!.Contains("35160", StringComparison.Ordinal), Is.EqualTo(specificShown));
    }

    [TestCase(false, "pending")]
    [TestCase(true, "created")]
    public async Task OldestPendingCorrelation_TheSecondRequestsReply_SettlesTheFirstOnlyWhenOn(bool defect, string firstOutcome)
    {
        await using var client = await RunningClient.StartAsync(Switch(defect, ClientDefects.OldestPendingCorrelation));
        await client.PostAsync("/test-hook/lr/create", new { nhsNumber = Patient, lrType = "06" });
        await client.PostAsync("/test-hook/lr/create", new { nhsNumber = "9990000042", lrType = "06" });
        var first = SpineReplies.IdsOf(client.Spine.Requests.First());
        var second = SpineReplies.IdsOf(client.Spine.Requests.Last());

        (await client.Hook.PostAsync("/mhs/inbound", SpineReplies.LrCreated("R0000000-0000-4000-8000-000000000009", second, "LR-SECOND"))).Dispose();

        var outcome = await client.PostlessGetAsync($"/test-hook/lr/outcomes/{first.ConversationId}?waitSeconds=0");
        Assert.That(outcome.GetProperty("outcome").GetString(), Is.EqualTo(firstOutcome));
    }

    [TestCase(false, "2.16.840.1.113883.2.1.4.1")]
    [TestCase(true, "1.2.826.0.1285.0.1.10")]
    public async Task ResourceContextOdsOid_AGet_CarriesTheOidInResourceContext(bool defect, string root)
    {
        await using var client = await RunningClient.StartAsync(Switch(defect, ClientDefects.ResourceContextOdsOid));

        await client.PostAsync("/test-hook/acs/get-permissions", new { nhsNumber = Patient });

        var context = XDocument.Parse(client.Spine.Requests.Single().Body).Descendants().Single(e => e.Name.LocalName == "resourceContext");
        Assert.That(context.Attribute("root")!.Value, Is.EqualTo(root));
    }

    [Test]
    public void Start_AnUnknownDefect_StopsNamingTheValidIds()
    {
        var problem = Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => RunningClient.StartAsync("--SecondClient:Defects:0=S99-NOTHING"));

        Assert.That(problem!.Message, Does.Contain("SecondClient:Defects 'S99-NOTHING' is not a defect of the second client. The valid ids are: S01-CREATION-TIME-AT-START"));
    }

    private static string[] Switch(bool on, ClientDefect defect) => on ? [$"--SecondClient:Defects:0={defect.Id}"] : [];
}
