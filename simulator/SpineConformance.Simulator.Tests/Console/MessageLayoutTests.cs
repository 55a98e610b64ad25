using System.Text;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.WebConsole;
using SpineConformance.Testing;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.WebConsole;

public sealed class MessageLayoutTests
{
    private const string EbxmlContentType = "multipart/related; boundary=\"--=_MIME-Boundary\"; type=\"text/xml\"; start=\"<ebXMLHeader@spine.nhs.uk>\"";

    [Test]
    public void Locate_XPathOfAMissingElement_PointsAtItsDeepestExistingAncestor()
    {
        var layout = MessageLayout.Of(SoapEnvelope.ToBytes(SampleRequests.Get()), "text/xml");
        var lines = layout.Text.Text.Split('\n');

        var located = FindingLocator.Locate(Some("/SOAP-ENV:Envelope/SOAP-ENV:Body/hl7:GET_RESOURCE_PERMISSIONS_INUK01/hl7:ControlActEvent/hl7:missing/hl7:deeper"), layout);

        Assert.That(located.Located, Is.EqualTo("nearest ancestor"));
        Assert.That(lines[located.FromLine!.Value - 1].Trim(), Does.StartWith("<ControlActEvent"));
        Assert.That(lines[located.ToLine!.Value - 1].Trim(), Is.EqualTo("</ControlActEvent>"));
    }

    [Test]
    public void Locate_AttributeAndPositionalSteps_FindTheElementHoldingIt()
    {
        var layout = MessageLayout.Of(SoapEnvelope.ToBytes(SampleRequests.Get()), "text/xml");
        var lines = layout.Text.Text.Split('\n');

        var located = FindingLocator.Locate(Some("/SOAP-ENV:Envelope/SOAP-ENV:Body/*[1]/hl7:interactionId/@extension"), layout);
        var http = FindingLocator.Locate(Some("HTTP SOAPAction header"), layout);

        Assert.That(located.Located, Is.EqualTo("element"));
        Assert.That(lines[located.FromLine!.Value - 1], Does.Contain("<interactionId").And.Contain("GET_RESOURCE_PERMISSIONS_INUK01"));
        Assert.That((http.FromLine, http.Located), Is.EqualTo(((int?)null, (string?)null)));
    }

    [Test]
    public void Of_EbxmlMultipart_ShowsEachPartWithItsHeaders_AndFindsXPathsInEitherPart()
    {
        var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "examples", "create-lr-reliable.msg"));

        var layout = MessageLayout.Of(body, EbxmlContentType);
        var lines = layout.Text.Text.Split('\n');
        var header = FindingLocator.Locate(Some("/SOAP:Envelope/SOAP:Header/eb:MessageHeader/eb:CPAId"), layout);
        var payload = FindingLocator.Locate(Some("/hl7:REPC_IN010000UK15/hl7:interactionId"), layout);

        Assert.That((layout.Text.Format, layout.XmlParts.Count), Is.EqualTo(("mime", 2)));
        Assert.That(layout.Text.Text, Does.StartWith("----=_MIME-Boundary\nContent-Id: <ebXMLHeader@spine.nhs.uk>"));
        Assert.That(lines[header.FromLine!.Value - 1].Trim(), Is.EqualTo("<eb:CPAId>S200000000101</eb:CPAId>"));
        Assert.That(lines[payload.FromLine!.Value - 1], Does.Contain("<interactionId").And.Contain("REPC_IN010000UK15"));
    }

    [Test]
    public void Of_NotWellFormed_ShowsTheBodyAsReceivedAndSaysWhy()
    {
        var layout = MessageLayout.Of(Encoding.UTF8.GetBytes("<a><b></a>"), "text/xml");

        Assert.That((layout.Text.Format, layout.Text.Text), Is.EqualTo(("raw", "<a><b></a>")));
        Assert.That(layout.Text.Note, Does.Contain("not well-formed"));
    }

    private static Finding Some(string xpath) =>
        new("TEST-RULE", null, ValidationLayer.Transport, Severity.Error, xpath, "expected", "actual", "message");
}
