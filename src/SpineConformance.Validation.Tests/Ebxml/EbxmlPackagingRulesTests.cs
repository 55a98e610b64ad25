using SpineConformance.Hl7.Ebxml;
using SpineConformance.Testing;
using SpineConformance.Validation.Ebxml;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Tests.Ebxml;

public sealed class EbxmlPackagingRulesTests
{
    private static IEnumerable<BrokenEbxmlPackages.Breakage> Cases() => BrokenEbxmlPackages.All();

    [Test]
    public void Validate_SampleAsSent_PassesEveryPackagingRule()
    {
        var wire = BrokenEbxmlPackages.Valid();

        var report = EbxmlValidator.Validate(wire.ContentType, wire.Body.Span, EbxmlPattern.Reliable);

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [TestCaseSource(nameof(Cases))]
    public void Validate_BrokenPackage_ReportsItsRuleWithTheReadersWords(BrokenEbxmlPackages.Breakage broken)
    {
        var read = EbxmlReader.Read(broken.ContentType, broken.Body);

        var report = EbxmlValidator.Validate(read, EbxmlPattern.Reliable);

        var rule = EbxmlPackagingRules.All.Single(r => r.Id == broken.RuleId);
        var finding = report.Findings.FirstOrDefault(f => f.RuleId == broken.RuleId);
        Assert.That(finding, Is.Not.Null, report.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(finding!.FaultName, Is.EqualTo(rule.FaultName));
            Assert.That(finding.Layer, Is.EqualTo(ValidationLayer.Transport));
            Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
            Assert.That(finding.Expected, Is.EqualTo(rule.Expected));
            Assert.That(finding.Actual, Is.EqualTo(read.Problems.First(p => p.Kind == rule.Kind).Message));
            Assert.That(report.IsValid, Is.False);
        });
    }

    [Test]
    public void EveryPackagingRule_HasABreakingCase()
    {
        var broken = Cases().Select(c => c.RuleId).ToHashSet();

        Assert.That(EbxmlPackagingRules.All.Select(r => r.Id).Where(id => !broken.Contains(id)), Is.Empty);
    }

    [Test]
    public void EveryKindOfPackagingProblem_HasExactlyOneRule()
    {
        var kinds = EbxmlPackagingRules.All.Select(r => r.Kind).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(kinds, Is.Unique);
            Assert.That(kinds, Is.EquivalentTo(Enum.GetValues<EbxmlProblemKind>()));
        });
    }

    [Test]
    public void Validate_PayloadNotWellFormed_PlacesTheFindingOnThePartAndLine()
    {
        var read = EbxmlReader.Read(BrokenEbxmlPackages.Valid().ContentType, BrokenEbxmlPackages.All().Single(c => c.RuleId == "EBXML-MIME-PART-NOT-WELL-FORMED-XML").Body);

        var finding = EbxmlValidator.Validate(read, EbxmlPattern.Reliable).Findings.First(f => f.RuleId == "EBXML-MIME-PART-NOT-WELL-FORMED-XML");

        Assert.Multiple(() =>
        {
            Assert.That(finding.XPath, Is.EqualTo("MIME part 2"));
            Assert.That(finding.Line, Is.EqualTo(1));
        });
    }
}
