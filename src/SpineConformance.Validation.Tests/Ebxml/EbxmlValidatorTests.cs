using System.Text;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Testing;
using SpineConformance.Validation.Ebxml;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Tests.Ebxml;

public sealed class EbxmlValidatorTests
{
    private const string ContentType = "multipart/related; boundary=\"--=_MIME-Boundary\"; type=\"text/xml\"; start=\"<ebXMLHeader@spine.nhs.uk>\"";

    [TestCase(EbxmlPattern.Express)]
    [TestCase(EbxmlPattern.Reliable)]
    [TestCase(EbxmlPattern.ForwardReliable)]
    public void Validate_RandomBytes_ReportsErrorsWithoutThrowing(EbxmlPattern pattern)
    {
        var random = new Random(20261122);
        for (var round = 0; round < 50; round++)
        {
            var body = new byte[random.Next(0, 2000)];
            random.NextBytes(body);

            var report = EbxmlValidator.Validate(round % 2 == 0 ? ContentType : "text/xml", body, pattern);

            Assert.That(report.IsValid, Is.False, $"round {round}");
        }
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("multipart/related")]
    [TestCase(ContentType)]
    public void Validate_EmptyBody_FailsWithPackagingFinding(string? contentType)
    {
        var report = EbxmlValidator.Validate(contentType, [], EbxmlPattern.Reliable);

        Assert.Multiple(() =>
        {
            Assert.That(report.IsValid, Is.False);
            Assert.That(report.Findings.Select(f => f.RuleId), Has.Some.StartsWith("EBXML-MIME-"));
            Assert.That(report.Findings.Select(f => f.RuleId), Does.Contain("EBXML-SOAP-STRUCTURE"));
        });
    }

    [Test]
    public void Validate_GarbageBetweenValidDelimiters_ReportsNotWellFormedPart()
    {
        var body = Encoding.ASCII.GetBytes("----=_MIME-Boundary\r\nContent-Id: <ebXMLHeader@spine.nhs.uk>\r\nContent-Type: text/xml\r\n\r\n<<<>>>\r\n----=_MIME-Boundary--\r\n");

        var report = EbxmlValidator.Validate(ContentType, body, EbxmlPattern.Express);

        Assert.That(report.Findings.Select(f => (f.RuleId, f.FaultName, f.XPath)), Does.Contain(("EBXML-MIME-PART-NOT-WELL-FORMED-XML", EbxmlFaults.MessageNotWellFormed, "MIME part 1")));
    }

    [Test]
    public void Validate_MissingBoundary_ReportsMissingBoundaryAsNotWellFormed()
    {
        var wire = SampleEbxml.Wire();

        var report = EbxmlValidator.Validate("multipart/related; type=\"text/xml\"", wire.Body.Span, EbxmlPattern.Reliable);

        var finding = report.Findings[0];
        Assert.Multiple(() =>
        {
            Assert.That(finding.RuleId, Is.EqualTo("EBXML-MIME-MISSING-BOUNDARY"));
            Assert.That(finding.FaultName, Is.EqualTo(EbxmlFaults.MessageNotWellFormed));
            Assert.That(finding.Expected, Does.Contain("boundary"));
        });
    }

    [Test]
    public void Validate_EnvelopeWithoutPayloadPart_ReportsInvalidManifestReference()
    {
        var wire = SampleEbxml.Wire();
        var read = EbxmlReader.Read(wire.ContentType, wire.Body.Span);
        var (body, contentType) = MimeMultipartWriter.Write([read.Parts[0]], EbxmlConstants.EnvelopeContentId);

        var report = EbxmlValidator.Validate(contentType, body, EbxmlPattern.Reliable);

        Assert.That(report.Findings.Single(), Has.Property(nameof(Finding.RuleId)).EqualTo("EBXML-MIME-MANIFEST-REFERENCE-NOT-FOUND")
            .And.Property(nameof(Finding.FaultName)).EqualTo(EbxmlFaults.InvalidManifestReference));
    }

    [Test]
    public void Validate_RuleThatThrows_BecomesErrorFinding()
    {
        var crashing = new EbxmlRule("TEST-CRASH", "ErrorBaseTms.TEST", "always crashes", EbxmlRule.AllPatterns, _ => throw new InvalidOperationException("boom"));
        var wire = SampleEbxml.Wire();

        var report = EbxmlValidator.Validate(EbxmlReader.Read(wire.ContentType, wire.Body.Span), EbxmlPattern.Reliable, [crashing]);

        var finding = report.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.RuleId, Is.EqualTo(MessageValidator.RuleCrashedId));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
            Assert.That(finding.Message, Does.Contain("TEST-CRASH").And.Contain("boom"));
        });
    }

    [Test]
    public void Validate_RuleForOtherPattern_IsNotRun()
    {
        var reliableOnly = new EbxmlRule("TEST-RELIABLE", null, "reliable only", [EbxmlPattern.Reliable], _ => throw new InvalidOperationException("ran"));
        var wire = SampleEbxml.Wire(EbxmlPattern.Express);

        var report = EbxmlValidator.Validate(EbxmlReader.Read(wire.ContentType, wire.Body.Span), EbxmlPattern.Express, [reliableOnly]);

        Assert.That(report.Findings, Is.Empty);
    }

    [Test]
    public void Validate_SampleWireOfEachPattern_IsValid()
    {
        Assert.Multiple(() =>
        {
            foreach (var pattern in Enum.GetValues<EbxmlPattern>())
            {
                var wire = SampleEbxml.Wire(pattern);
                Assert.That(EbxmlValidator.Validate(wire.ContentType, wire.Body.Span, pattern).Findings, Is.Empty, pattern.ToString());
            }
        });
    }
}
