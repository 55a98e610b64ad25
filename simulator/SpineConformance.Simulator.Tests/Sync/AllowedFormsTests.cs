using System.Net.Http.Headers;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Sync;

/// <summary>
/// The simulator answers each form the specifications allow as Spine does, with no finding in its journal: a quoted
/// or bare SOAPAction, text/xml with or without charset, either sync path, a creationTime with or without an offset,
/// another listed versionCode, and a Set of one function or both.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class AllowedFormsTests
{
    private static SpineSimulatorHost host = null!;

    [OneTimeSetUp]
    public static async Task StartAsync() => host = await SpineSimulatorHost.StartAsync();

    [OneTimeTearDown]
    public static async Task StopAsync() => await host.DisposeAsync();

    private static IEnumerable<TestCaseData> Forms()
    {
        var set = AcsInteractions.Set.Action;
        yield return new TestCaseData("\"" + set + "\"", "text/xml; charset=utf-8", "/sync-service", SampleRequests.Outgoing()).SetArgDisplayNames("quoted SOAPAction");
        yield return new TestCaseData(set, "text/xml", "/sync-service", SampleRequests.Outgoing()).SetArgDisplayNames("text/xml without charset");
        yield return new TestCaseData(set, "text/xml; charset=utf-8", "/syncservice-lrs/acf", SampleRequests.Outgoing() with { To = "http://127.0.0.1:5000/syncservice-lrs/acf" })
            .SetArgDisplayNames("the LR sync path");
        yield return new TestCaseData(set, "text/xml; charset=utf-8", "/sync-service", SampleRequests.Outgoing() with { CreationTime = "20261122101500+0000" })
            .SetArgDisplayNames("creationTime with offset");
        yield return new TestCaseData(set, "text/xml; charset=utf-8", "/sync-service", SampleRequests.Outgoing() with { VersionCode = Hl7Constants.VersionCode4200 })
            .SetArgDisplayNames("versionCode V3NPfIT4.2.00");
        yield return new TestCaseData("\"" + set + "\"", "text/xml", "/syncservice-lrs/acf",
            SampleRequests.Outgoing() with { CreationTime = "20261122101500+0000", VersionCode = Hl7Constants.VersionCode4200 }).SetArgDisplayNames("all at once");
    }

    [TestCaseSource(nameof(Forms))]
    public async Task Set_InAnAllowedForm_IsAcceptedWithNoFinding(string soapAction, string contentType, string path, OutgoingRequest outgoing)
    {
        var nhsNumber = Some.NhsNumber().Value;

        var (status, answer) = await PostAsync(SampleRequests.Set(nhsNumber, AcsPermission.No, outgoing), soapAction, contentType, path);

        var entry = await host.Journal.WaitForAsync(e => e.NhsNumber == nhsNumber, TimeSpan.FromSeconds(5));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(answer, Is.TypeOf<AcsResponse.Acknowledged>().With.Property("Type").EqualTo(AcknowledgementType.AA), answer.ToString());
            Assert.That(entry.Validation.Findings, Is.Empty, entry.Validation.ToString());
        }
    }

    [Test]
    public async Task Set_OfViewOnly_ChangesViewAndLeavesStore()
    {
        var nhsNumber = Some.NhsNumber();
        await host.SeedPermissionsAsync(new PatientPermissions(nhsNumber, AcsPermission.Yes, AcsPermission.No));
        var viewOnly = AcsMessages.SetRequest(SampleRequests.Outgoing(), SetResourcePermissionsRequest.ForPatient(nhsNumber.Value, AcsPermission.No, AcsFunction.View));

        var (status, answer) = await PostAsync(viewOnly, AcsInteractions.Set.Action, "text/xml; charset=utf-8", "/sync-service");
        var held = await host.Permissions.FindAsync(nhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((status, (answer as AcsResponse.Acknowledged)?.Type), Is.EqualTo((200, (AcknowledgementType?)AcknowledgementType.AA)));
            Assert.That((held!.View, held.Store), Is.EqualTo(((AcsPermission?)AcsPermission.No, (AcsPermission?)AcsPermission.No)));
        }
    }

    private static async Task<(int Status, AcsResponse Answer)> PostAsync(System.Xml.Linq.XDocument request, string soapAction, string contentType, string path)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var content = new ByteArrayContent(SoapEnvelope.ToBytes(request));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        message.Headers.TryAddWithoutValidation("SOAPAction", soapAction);
        using var response = await http.SendAsync(message);
        return ((int)response.StatusCode, AcsResponseReader.Read(await response.Content.ReadAsByteArrayAsync()));
    }
}
