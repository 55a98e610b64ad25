using System.Net;
using System.Xml.Linq;
using SpineConformance.SecondClient.Tests.Support;

namespace SpineConformance.SecondClient.Tests;

/// <summary>The sharing screen: what it sends to Spine, what it refuses to send, and what it shows.</summary>
public sealed class AcsTests
{
    private const string Patient = "9434765919";
    private static readonly XNamespace Crs = "http://national.carerecords.nhs.uk/schema/crs/";

    [Test]
    public async Task Get_AValidPatient_GoesToTheOtherSyncPathWithAQuotedSoapActionAndItsOwnIdentities()
    {
        await using var client = await RunningClient.StartAsync();
        client.Spine.Answer = _ => (HttpStatusCode.OK, SpineAnswers.GetAnswer(("View", "No"), ("Store", "No")));

        var shown = await client.PostAsync("/test-hook/acs/get-permissions", new { nhsNumber = Patient });

        var sent = client.Spine.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That((shown.GetProperty("outcome").GetString(), shown.GetProperty("view").GetString(), shown.GetProperty("store").GetString()), Is.EqualTo(("shown", "No", "No")));
            Assert.That(sent.Path, Is.EqualTo("/syncservice-lrs/acf"));
            Assert.That(sent.SoapAction, Is.EqualTo("\"urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01\""));
            Assert.That(sent.ContentType, Is.EqualTo("text/xml; charset=utf-8"));
            Assert.That(sent.Body, Does.Contain("extension=\"200000000201\"").And.Contain("extension=\"100000000101\"").And.Not.Contain("200000000101"));
        });
    }

    [TestCase("/test-hook/acs/get-permissions", "9434765918")]
    [TestCase("/test-hook/acs/has-permissions", "943476591")]
    [TestCase("/test-hook/acs/get-permissions", "91928374650")]
    public async Task View_AnNhsNumberFailingModulus11_IsRefusedAndNothingIsSent(string path, string nhsNumber)
    {
        await using var client = await RunningClient.StartAsync();

        var shown = await client.PostAsync(path, new { nhsNumber });

        Assert.That(shown.GetProperty("outcome").GetString(), Is.EqualTo("refused"));
        Assert.That(shown.GetProperty("message").GetString(), Does.Contain(nhsNumber).And.Contain("Nothing was sent"));
        Assert.That(client.Spine.Requests, Is.Empty);
    }

    [Test]
    public async Task Set_AJobRoleThatMayOnlyView_IsRefusedAndNothingIsSent()
    {
        await using var client = await RunningClient.StartAsync();

        var shown = await client.PostAsync("/test-hook/acs/set-permissions",
            new { nhsNumber = Patient, decision = "expressDissent", user = new { roleProfileId = "100000000121", userId = "100000000122", jobRole = "R8003" } });

        Assert.That(shown.GetProperty("outcome").GetString(), Is.EqualTo("refused"));
        Assert.That(client.Spine.Requests, Is.Empty);
    }

    [Test]
    public async Task Set_WithNothingKnownOfThePatient_SendsViewAndStoreTogether()
    {
        await using var client = await RunningClient.StartAsync();
        client.Spine.Answer = _ => (HttpStatusCode.OK, AcceptedSet);

        var shown = await client.PostAsync("/test-hook/acs/set-permissions", new { nhsNumber = Patient, decision = "expressDissent" });

        Assert.That(shown.GetProperty("outcome").GetString(), Is.EqualTo("recorded"));
        Assert.That(Functions(client.Spine.Requests.Single()), Is.EqualTo(new[] { ("View", "No"), ("Store", "No") }));
    }

    [Test]
    public async Task Set_AfterAGetShowedViewAlreadyNo_SendsOnlyStore()
    {
        await using var client = await RunningClient.StartAsync();
        client.Spine.Answer = request => request.Body.Contains("GET_RESOURCE_PERMISSIONS_INUK01", StringComparison.Ordinal)
            ? (HttpStatusCode.OK, SpineAnswers.GetAnswer(("View", "No"), ("Store", "Yes")))
            : (HttpStatusCode.OK, AcceptedSet);

        await client.PostAsync("/test-hook/acs/get-permissions", new { nhsNumber = Patient });
        await client.PostAsync("/test-hook/acs/set-permissions", new { nhsNumber = Patient, decision = "expressDissent" });

        Assert.That(Functions(client.Spine.Requests.Last()), Is.EqualTo(new[] { ("Store", "No") }));
    }

    [Test]
    public async Task Set_SpineRefusesWithSeveralReasons_ShowsEveryReasonAndClaimsNoSuccess()
    {
        await using var client = await RunningClient.StartAsync();
        client.Spine.Answer = _ => (HttpStatusCode.OK, SpineAnswers.ApplicationError(("400", "Invalid Request"), ("35160", "NHS Number is missing or incorrect")));

        var shown = await client.PostAsync("/test-hook/acs/set-permissions", new { nhsNumber = Patient, decision = "expressConsent" });

        Assert.That(shown.GetProperty("outcome").GetString(), Is.EqualTo("spineError"));
        Assert.That(shown.GetProperty("message").GetString(), Does.Contain("400: Invalid Request").And.Contain("35160: NHS Number is missing or incorrect"));
    }

    [Test]
    public async Task Get_ASoapFault_IsShownAsAFaultNeverAsADecision()
    {
        await using var client = await RunningClient.StartAsync();
        client.Spine.Answer = _ => (HttpStatusCode.InternalServerError, SpineAnswers.SoapFault("200"));

        var shown = await client.PostAsync("/test-hook/acs/get-permissions", new { nhsNumber = Patient });

        Assert.That(shown.GetProperty("outcome").GetString(), Is.EqualTo("fault"));
        Assert.That(shown.GetProperty("message").GetString(), Does.Contain("System failure"));
    }

    [Test]
    public async Task TwoGets_EachMessageHasItsOwnIds()
    {
        await using var client = await RunningClient.StartAsync();

        await client.PostAsync("/test-hook/acs/get-permissions", new { nhsNumber = Patient });
        await client.PostAsync("/test-hook/acs/get-permissions", new { nhsNumber = Patient });

        var bodies = client.Spine.Requests.Select(r => XDocument.Parse(r.Body)).ToList();
        Assert.That(bodies.Select(b => b.Descendants().First(e => e.Name.LocalName == "MessageID").Value).Distinct().Count(), Is.EqualTo(2), "wsa:MessageID");
        Assert.That(bodies.Select(b => b.Descendants().First(e => e.Name.LocalName == "GET_RESOURCE_PERMISSIONS_INUK01").Elements().First().Attribute("root")!.Value).Distinct().Count(), Is.EqualTo(2), "the HL7 id");
    }

    private const string AcceptedSet = """
        <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:hl7-org:v3">
          <SOAP-ENV:Body><setResourcePermissionsResponse><MCCI_IN010000UK13>
            <interactionId root="2.16.840.1.113883.2.1.3.2.4.12" extension="MCCI_IN010000UK13"/><acknowledgement typeCode="AA"/>
          </MCCI_IN010000UK13></setResourcePermissionsResponse></SOAP-ENV:Body>
        </SOAP-ENV:Envelope>
        """;

    private static (string Function, string Permission)[] Functions(SpineRequest request) =>
        [.. XDocument.Parse(request.Body).Descendants(Crs + "accessControlAssertion")
            .Select(a => (a.Element(Crs + "function")!.Element(Crs + "code")!.Value, a.Element(Crs + "permission")!.Value))];
}
