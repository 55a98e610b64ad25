using System.Net.Http.Json;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Forms;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Forms;

/// <summary>Each alternative form (<c>ReferenceSut:Forms</c>) changes what goes on the wire, and only that; with none on, the first form goes.</summary>
public sealed class FormsOnTheWireTests
{
    [Test]
    public async Task NoForm_SendsTheFirstFormOfEach()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.SoapAction, Is.EqualTo("urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01"));
            Assert.That(sent.ContentType, Is.EqualTo("text/xml; charset=utf-8"));
            Assert.That(sent.Path, Is.EqualTo("/sync-service"));
            Assert.That(sent.Message.Body?.Elements().First().Element(V3("creationTime"))?.Attribute("value")?.Value, Has.Length.EqualTo(14));
            Assert.That(sent.Message.Body?.Elements().First().Element(V3("versionCode"))?.Attribute("code")?.Value, Is.EqualTo(Hl7Constants.VersionCode30));
        }
    }

    [Test]
    public async Task SoapActionQuoted_SendsTheSoapActionInDoubleQuotes()
    {
        await using var env = await StartWithAsync(FormCatalogue.SoapActionQuoted);

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        Assert.That(env.Spine.Single.SoapAction, Is.EqualTo("\"urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01\""));
    }

    [Test]
    public async Task ContentTypeWithoutCharset_SendsBareTextXml()
    {
        await using var env = await StartWithAsync(FormCatalogue.ContentTypeWithoutCharset);

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        Assert.That(env.Spine.Single.ContentType, Is.EqualTo("text/xml"));
    }

    [Test]
    public async Task OtherSyncPath_PostsToTheLrSyncPath_AndNamesItInWsaTo()
    {
        await using var env = await StartWithAsync(FormCatalogue.OtherSyncPath);

        await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressDissent, CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Path, Is.EqualTo("/syncservice-lrs/acf"));
            Assert.That(sent.Message.To, Does.EndWith("/syncservice-lrs/acf"));
        }
    }

    [Test]
    public async Task CreationTimeWithOffset_SendsTheSameInstantWithAZeroOffset()
    {
        await using var env = await StartWithAsync(FormCatalogue.CreationTimeWithOffset);

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        Assert.That(env.Spine.Single.Message.Body?.Elements().First().Element(V3("creationTime"))?.Attribute("value")?.Value, Is.EqualTo("20250601133000+0100"), "12:30 UTC is 13:30 in London, an hour ahead in summer");
    }

    [Test]
    public async Task VersionCode4200_SendsV3NPfIT4200()
    {
        await using var env = await StartWithAsync(FormCatalogue.VersionCode4200);

        await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressDissent, CancellationToken.None);

        Assert.That(env.Spine.Single.Message.Body?.Elements().First().Element(V3("versionCode"))?.Attribute("code")?.Value, Is.EqualTo("V3NPfIT4.2.00"));
    }

    [Test]
    public async Task SetChangedFunctionOnly_AfterSeeingViewYesStoreNo_SendsOnlyViewForDissent()
    {
        await using var env = await StartWithAsync(FormCatalogue.SetChangedFunctionOnly);
        env.Spine.Reply = SpineReply.Success(
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.View, AcsPermission.Yes),
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.Store, AcsPermission.No));

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);
        await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressDissent, CancellationToken.None);

        var set = env.Spine.Received[^1].SetPermissions.Assertions;
        Assert.That(set.Select(a => (a.FunctionCode, a.Permission)), Is.EqualTo(new[] { ("View", "No") }));
    }

    [Test]
    public async Task SetChangedFunctionOnly_KnowingNothing_SendsViewAndStore()
    {
        await using var env = await StartWithAsync(FormCatalogue.SetChangedFunctionOnly);

        await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, CancellationToken.None);

        Assert.That(env.Spine.Single.SetPermissions.Assertions.Select(a => a.FunctionCode), Is.EquivalentTo(new[] { "View", "Store" }));
    }

    [Test]
    public async Task WithoutSetChangedFunctionOnly_AfterSeeingViewYesStoreNo_SendsViewAndStore()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Success(
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.View, AcsPermission.Yes),
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.Store, AcsPermission.No));

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);
        await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressDissent, CancellationToken.None);

        Assert.That(env.Spine.Received[^1].SetPermissions.Assertions.Select(a => a.FunctionCode), Is.EquivalentTo(new[] { "View", "Store" }));
    }

    [TestCase(true, 1)]
    [TestCase(false, 2)]
    public async Task TestHookOneAtATime_TwoCallsAtOnce_ReachSpineOneAfterTheOther(bool oneAtATime, int expectedAtOnce)
    {
        await using var env = oneAtATime ? await StartWithAsync(FormCatalogue.TestHookOneAtATime) : await SutWithFakeSpine.StartAsync();
        var inFlight = 0;
        var mostAtOnce = 0;
        using var bothArrived = new ManualResetEventSlim();
        var answer = SpineReply.Success();
        env.Spine.Reply = request =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref mostAtOnce, now);
            if (now == 2)
            {
                bothArrived.Set();
            }

            // Held until the other call arrives. A serialised hook never sends it meanwhile, so a second shows that; a hook
            // that sends both at once may take longer than that to send the second on a busy machine (the whole solution's
            // tests run side by side), so it is given 30 s, and a wrongly serialised hook fails after them.
            bothArrived.Wait(oneAtATime ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref inFlight);
            return answer(request);
        };

        await Task.WhenAll(
            env.Client.PostAsJsonAsync("/test-hook/acs/get-permissions", new { nhsNumber = Some.NhsNumber }),
            env.Client.PostAsJsonAsync("/test-hook/acs/get-permissions", new { nhsNumber = Some.NhsNumber }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(env.Spine.Received, Has.Count.EqualTo(2), "both calls reach Spine");
            Assert.That(mostAtOnce, Is.EqualTo(expectedAtOnce), "requests to Spine in flight at once");
        }
    }

    [Test]
    public void Validate_UnknownForm_NamesItAndTheValidNames()
    {
        var options = new ReferenceSutOptions { SpineBaseUrl = "http://127.0.0.1:5000", Forms = ["SoapActionQuoted", "QuotedEverything"] };

        var result = new ReferenceSutOptionsValidator().Validate(null, options);

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "ReferenceSut:Forms: 'QuotedEverything' is not a form the reference SUT can send. The valid names are: SoapActionQuoted, ContentTypeWithoutCharset, "
            + "OtherSyncPath, CreationTimeWithOffset, VersionCode4200, SetChangedFunctionOnly, TestHookOneAtATime, all.",
        }));
    }

    [Test]
    public void All_SwitchesOnEveryForm() =>
        Assert.That(new FormSwitches(["all"]).On, Is.EqualTo(FormCatalogue.All));

    private static System.Xml.Linq.XName V3(string name) => System.Xml.Linq.XName.Get(name, Hl7.Xml.SpineNamespaces.Hl7.NamespaceName);

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static Task<SutWithFakeSpine> StartWithAsync(SutForm form) => SutWithFakeSpine.StartAsync(o => o.Forms = [form.Id]);
}
