using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Tests.Rules;

public sealed class SyncHttpRulesTests
{
    private static readonly HashSet<string> Served =
        [AcsInteractions.Get.Action, AcsInteractions.Set.Action, AcsInteractions.Has.Action, .. LrInteractions.Sync.Select(s => s.Action)];

    private static IEnumerable<BrokenHttpRequests.Breakage> Cases() => BrokenHttpRequests.All();

    [Test]
    public void Validate_ValidGet_PassesEveryHttpRule()
    {
        var report = Validate(BrokenHttpRequests.SoapAction, BrokenHttpRequests.ContentType, BrokenHttpRequests.Body());

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [TestCaseSource(nameof(Cases))]
    public void Validate_BrokenRequest_ReportsItsRuleAlone(BrokenHttpRequests.Breakage broken)
    {
        var report = Validate(broken.SoapAction, broken.ContentType, broken.Body);

        var finding = report.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.RuleId, Is.EqualTo(broken.RuleId));
            Assert.That(finding.FaultName, Is.EqualTo(broken.FaultName));
            Assert.That(finding.Layer, Is.EqualTo(ValidationLayer.Transport));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
            Assert.That(finding.Expected, Is.Not.Empty);
            Assert.That(finding.Actual, Is.Not.Empty);
        });
    }

    [Test]
    public void EveryHttpRule_HasABreakingCase()
    {
        var broken = Cases().Select(c => c.RuleId).ToHashSet();

        Assert.That(SyncHttpRules.All.Select(r => r.Id).Where(id => !broken.Contains(id)), Is.Empty);
    }

    [Test]
    public void Validate_NoSoapActionAndTheWrongContentType_IsRefusedForTheSoapActionOnly()
    {
        // Spine answers the first HTTP problem it meets and reads no further.
        var report = Validate(null, "application/json", BrokenHttpRequests.Body());

        Assert.That(report.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "SYNC-HTTP-SOAPACTION-SUPPORTED" }));
    }

    [Test]
    public void Validate_BrokenXml_NamesTheLineItBrokeOn()
    {
        var report = Validate(BrokenHttpRequests.SoapAction, BrokenHttpRequests.ContentType, "<a>\n<b>\n</a>"u8.ToArray());

        var finding = report.Findings.Single();
        Assert.That(finding.Line, Is.EqualTo(3));
        Assert.That(finding.Message, Does.Contain("not well-formed XML"));
    }

    [Test]
    public void Validate_WrongCharset_SaysWhatToSend()
    {
        var report = Validate(BrokenHttpRequests.SoapAction, "text/xml; charset=iso-8859-1", BrokenHttpRequests.Body());

        Assert.That(report.Findings.Single().Message, Does.Contain("charset=iso-8859-1").And.Contain(SyncContentType.Expected));
    }

    private static ValidationReport Validate(string? soapAction, string? contentType, byte[] body)
    {
        var action = soapAction?.Trim('"');
        return SyncHttpRules.Validate(new SyncHttpRequest(soapAction, action, action is not null && Served.Contains(action), contentType, HardenedXml.Load(body)));
    }
}
