using SpineConformance.Testing;
using SpineConformance.Validation.Ebxml;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Tests.Ebxml;

public sealed class EbxmlRouteRulesTests
{
    private static IEnumerable<BrokenEbxmlRoutes.Breakage> Cases() => BrokenEbxmlRoutes.All();

    [Test]
    public void Validate_SampleAddressedToSpineWithItsSoapAction_PassesEveryRoutingRule()
    {
        var report = Validate(BrokenEbxmlRoutes.Header, BrokenEbxmlRoutes.SoapAction, served: true);

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [TestCaseSource(nameof(Cases))]
    public void Validate_BrokenRoute_ReportsItsRuleAlone(BrokenEbxmlRoutes.Breakage broken)
    {
        var report = Validate(broken.Header, broken.SoapActionHeader, broken.Served);

        var finding = report.Findings.Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.RuleId, Is.EqualTo(broken.RuleId));
            Assert.That(finding.FaultName, Is.Null);
            Assert.That(finding.Layer, Is.EqualTo(ValidationLayer.Transport));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
            Assert.That(finding.Expected, Is.Not.Empty);
            Assert.That(finding.Actual, Is.Not.Empty);
        });
    }

    [Test]
    public void EveryRoutingRule_HasABreakingCase()
    {
        var broken = Cases().Select(c => c.RuleId).ToHashSet();

        Assert.That(EbxmlRouteRules.All.Select(r => r.Id).Where(id => !broken.Contains(id)), Is.Empty);
    }

    [Test]
    public void Validate_UnservedActionAddressedElsewhereWithoutSoapAction_IsRefusedForTheActionOnly()
    {
        // Spine answers the first routing problem it meets and reads no further.
        var header = BrokenEbxmlRoutes.Header with { Action = "REPC_IN999999UK01", To = new Hl7.Ebxml.EbxmlParty("X09-0000999") };

        var report = Validate(header, null, served: false);

        Assert.That(report.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "EBXML-ROUTE-SUPPORTED" }));
    }

    [Test]
    public void Validate_AddressedElsewhere_NamesBothPartyKeys()
    {
        var finding = Validate(BrokenEbxmlRoutes.Header with { To = new Hl7.Ebxml.EbxmlParty("X09-0000999") }, BrokenEbxmlRoutes.SoapAction, served: true)
            .Findings.Single();

        Assert.Multiple(() =>
        {
            Assert.That(finding.XPath, Is.EqualTo(EbxmlRouteRules.ToPartyWhere));
            Assert.That(finding.Expected, Is.EqualTo(SampleEbxml.SpinePartyKey));
            Assert.That(finding.Actual, Is.EqualTo("X09-0000999"));
            Assert.That(finding.Message, Does.Contain("Spine's party key is " + SampleEbxml.SpinePartyKey));
        });
    }

    [Test]
    public void Validate_NoSoapAction_SaysWhatToSend()
    {
        var finding = Validate(BrokenEbxmlRoutes.Header, null, served: true).Findings.Single();

        Assert.That(finding.Message, Does.Contain($"send SOAPAction: \"{BrokenEbxmlRoutes.Header.SoapAction}\""));
    }

    private static ValidationReport Validate(Hl7.Ebxml.EbxmlHeader header, string? soapActionHeader, bool served)
    {
        var action = string.IsNullOrWhiteSpace(soapActionHeader) ? null : soapActionHeader.Trim().Trim('"');
        return EbxmlRouteRules.Validate(new EbxmlRouteRequest(header, soapActionHeader, action, served, SampleEbxml.SpinePartyKey));
    }
}
