using System.Net.Http.Headers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Sync;

/// <summary>
/// Every HTTP-level refusal in the rule catalogue (<see cref="BrokenHttpRequests"/>) is answered with Spine's SOAP fault,
/// the very bytes the domain library builds for it, and journaled under the rule's id.
/// </summary>
public sealed class HttpRuleAnswerTests
{
    private static SpineSimulatorHost host = null!;

    [OneTimeSetUp]
    public static async Task StartAsync() => host = await SpineSimulatorHost.StartAsync();

    [OneTimeTearDown]
    public static async Task StopAsync() => await host.DisposeAsync();

    private static IEnumerable<BrokenHttpRequests.Breakage> Cases() => BrokenHttpRequests.All();

    [TestCaseSource(nameof(Cases))]
    public async Task BrokenRequest_IsAnsweredWithItsSoapFault_AndJournaledUnderItsRule(BrokenHttpRequests.Breakage broken)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var content = new ByteArrayContent(broken.Body);
        if (broken.ContentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(broken.ContentType);
        }
        else
        {
            content.Headers.ContentType = null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
        if (broken.SoapAction is not null)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", broken.SoapAction);
        }

        using var response = await http.SendAsync(request);
        var answer = await response.Content.ReadAsByteArrayAsync();

        var entry = await host.Journal.WaitForAsync(e => e.RequestBody.AsSpan().SequenceEqual(broken.Body) && e.SoapAction == broken.SoapAction
            && e.RequestContentType == broken.ContentType, TimeSpan.FromSeconds(5));
        var finding = entry.Validation.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(500));
            Assert.That(finding.RuleId, Is.EqualTo(broken.RuleId));
            Assert.That(finding.FaultName, Is.EqualTo(broken.FaultName));
            Assert.That(answer, Is.EqualTo(SoapEnvelope.ToBytes(ExpectedFault(broken).ToDocument())));
        });
    }

    // What Spine answers each refusal with, built here from the domain library rather than from the dispatcher's code.
    private static SoapFault ExpectedFault(BrokenHttpRequests.Breakage broken) => broken.RuleId switch
    {
        "SYNC-HTTP-SOAPACTION-SUPPORTED" when broken.SoapAction is null => SoapFault.MissingSoapAction(SyncMessage.From(Hl7.Xml.HardenedXml.Load(broken.Body).Document!)!.Action),
        "SYNC-HTTP-SOAPACTION-SUPPORTED" => SoapFault.UnsupportedInteraction(broken.SoapAction!),
        "SYNC-HTTP-CONTENT-TYPE" => SoapFault.NotWellFormed(Validation.Rules.SyncContentType.Problem(broken.ContentType)!, "HTTP Header - Content-Type"),
        _ => SoapFault.NotWellFormed(Validation.Rules.SyncHttpRules.BodyProblem(Hl7.Xml.HardenedXml.Load(broken.Body))),
    };
}
