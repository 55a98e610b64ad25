using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Testing;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Lr;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Tests.LrRules;

public sealed partial class LrRulesTests
{
    private static IEnumerable<TestCaseData> Samples() =>
    [
        Sample("Create LR for a user, by a user", LrSampleRequests.Create, LrInteractions.RequestCreateLr.SoapAction),
        Sample("Create LR for a workgroup, by a system", LrSampleRequests.CreateForWorkgroupBySystem, LrInteractions.RequestCreateLr.SoapAction),
        Sample("Create LR granted to a colleague", LrSampleRequests.CreateGranted, LrInteractions.RequestCreateLr.SoapAction),
        Sample("Status change by a user", LrSampleRequests.StatusChange, LrInteractions.RequestStatusChange.SoapAction),
        Sample("Status change by a system", LrSampleRequests.StatusChangeBySystem, LrInteractions.RequestStatusChange.SoapAction),
        Sample("Add user to workgroup", LrSampleRequests.AddToWorkgroup, LrInteractions.AddUserToWorkgroup.SoapAction),
        Sample("Remove user from workgroup", LrSampleRequests.RemoveFromWorkgroup, LrInteractions.RemoveUserFromWorkgroup.SoapAction),
        Sample("Query confirmation", () => LrSampleRequests.Confirmation(), LrInteractions.QueryConfirmationShort.Action),
        Sample("Query details", () => LrSampleRequests.Details(), LrInteractions.QueryDetailsSimple.Action),
        Sample("Query batch confirmation", () => LrSampleRequests.Batch(), LrInteractions.QueryBatchConfirmation.Action),
        Sample("Identify user role profiles", () => LrSampleRequests.UserRoleProfiles(), LrInteractions.IdentifyUserRoleProfiles.Action),
        Sample("Workgroup member query", () => LrSampleRequests.WorkgroupMembers(), LrInteractions.WorkgroupMemberQuery.Action),
    ];

    private static IEnumerable<BrokenGetRequests.Breakage> Cases() => BrokenLrRequests.All();

    [TestCaseSource(nameof(Samples))]
    public void Validate_ValidSample_PassesEveryRuleAndTheSchema(Func<XDocument> sample, string action)
    {
        var report = Validate(sample(), action);

        Assert.That(report.Findings, Is.Empty, report.ToString());
    }

    [TestCaseSource(nameof(Cases))]
    public void Validate_BrokenMessage_ReportsItsRuleAndFault(BrokenGetRequests.Breakage broken)
    {
        var report = Validate(broken.Build(), broken.SoapAction);

        var finding = report.Findings.FirstOrDefault(f => f.RuleId == broken.RuleId);
        Assert.That(finding, Is.Not.Null, $"Expected {broken.RuleId}; got:{Environment.NewLine}{report}");
        var rule = LrValidationProfiles.AllRules.Single(r => r.Id == broken.RuleId);
        Assert.Multiple(() =>
        {
            Assert.That(finding!.FaultName, Is.EqualTo(broken.FaultName));
            Assert.That(finding.Severity, Is.EqualTo(rule.Severity));
            Assert.That(finding.XPath, Does.StartWith("/"));
            Assert.That(finding.Expected, Is.Not.Empty);
            Assert.That(finding.Actual, Is.Not.Empty);
            // A warning rule reports without rejecting: only our schema, which follows MIM 7.2.02 to the letter, may still refuse.
            Assert.That(report.Errors.Where(f => f.Layer != ValidationLayer.Schema), rule.Severity == Severity.Error ? Is.Not.Empty : Is.Empty);
        });
    }

    [Test]
    public void EveryLrRule_HasABreakingCase()
    {
        var covered = Cases().Select(c => c.RuleId).ToHashSet();

        Assert.That(LrValidationProfiles.LrRules.Select(r => r.Id).Where(id => !covered.Contains(id)), Is.Empty);
    }

    [Test]
    public void EveryEnvelopeRuleInAnLrProfile_HasABreakingCase()
    {
        var covered = Cases().Concat(BrokenGetRequests.All()).Select(c => c.RuleId).ToHashSet();

        Assert.That(LrValidationProfiles.AllRules.Select(r => r.Id).Where(id => !covered.Contains(id)), Is.Empty);
    }

    [Test]
    public void EveryBreakage_NamesARuleOfItsInteraction()
    {
        var stray = Cases().Where(c => !RulesOf(c.SoapAction).Any(r => r.Id == c.RuleId && r.FaultName == c.FaultName)).Select(c => c.ToString());

        Assert.That(stray, Is.Empty);
    }

    [Test]
    public void EveryLrRule_NamesItsFaultSourceAndTag()
    {
        var incomplete = LrValidationProfiles.LrRules
            .Where(r => string.IsNullOrEmpty(r.FaultName) || !r.Source.Contains("LR.md §", StringComparison.Ordinal) || !(r.Source.Contains("[C", StringComparison.Ordinal) || r.Source.Contains("[I", StringComparison.Ordinal)))
            .Select(r => r.Id);

        Assert.That(incomplete, Is.Empty);
    }

    [Test]
    public void LrRuleIds_AreUniqueAndPrefixedLr()
    {
        var ids = LrValidationProfiles.LrRules.Select(r => r.Id).ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.StartWith("LR-"));
    }

    [Test]
    public void Profiles_CoverEveryLrRequestInteraction()
    {
        var requests = LrInteractions.Sync.Select(s => s.InteractionId).Concat(LrInteractions.Async.Select(a => a.InteractionId)).Distinct();

        Assert.That(LrValidationProfiles.InteractionIds, Is.EquivalentTo(requests));
    }

    private static TestCaseData Sample(string name, Func<XDocument> build, string action) => new TestCaseData(build, action).SetArgDisplayNames(name);

    private static IReadOnlyList<MessageRule> RulesOf(string action) => LrValidationProfiles.RulesFor(action[(action.LastIndexOf('/') + 1)..]) ?? [];

    private static MessageUnderTest Message(XDocument document, string action) =>
        LrMessageUnderTest.From(document, action) ?? throw new AssertionException($"No LR request for action '{action}'.");

    private static ValidationReport Validate(XDocument document, string action)
    {
        var message = Message(document, action);
        return LrValidationProfiles.Conformance(message.Interaction.InteractionId)!.Validate(message);
    }
}
